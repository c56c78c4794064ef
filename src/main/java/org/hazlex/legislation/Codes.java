package org.hazlex.legislation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ISCO-08 and ISIC Rev.4 code lists shipped in {@code legislation/codes/} (codes and official English titles
 * only; sources and licences in that folder's README). Every level is a valid code: ISCO-08 major, sub-major, minor
 * and unit groups; ISIC Rev.4 sections, divisions, groups and classes.
 */
public final class Codes {
    /** The classpath folder holding the code lists. */
    public static final String ROOT = "legislation/codes/";
    public static final String ISCO = "isco-08.csv";
    public static final String ISIC = "isic-rev4.csv";

    private final Map<String, Code> isco;
    private final Map<String, Code> isic;

    /** One code: its level, its parent (empty at the top) and its official English title. */
    public record Code(String code, String level, String parent, String title) {
    }

    private Codes(Map<String, Code> isco, Map<String, Code> isic) {
        this.isco = isco;
        this.isic = isic;
    }

    /** Loads both lists from the classpath; a missing list is an error that names the file. */
    public static Codes packaged() {
        return new Codes(read(ISCO), read(ISIC));
    }

    public boolean isco(String code) {
        return isco.containsKey(code);
    }

    public boolean isic(String code) {
        return isic.containsKey(code);
    }

    public Optional<Code> iscoCode(String code) {
        return Optional.ofNullable(isco.get(code));
    }

    public Optional<Code> isicCode(String code) {
        return Optional.ofNullable(isic.get(code));
    }

    /** The ISIC section letter of a code (a section, division, group or class), or empty when it is unknown. */
    public Optional<Code> isicSection(String code) {
        Code c = code == null ? null : isic.get(code);
        while (c != null && !c.parent().isEmpty()) {
            c = isic.get(c.parent());
        }
        return Optional.ofNullable(c);
    }

    /**
     * A known ISIC code and its ancestors, from the section letter down to the code itself ({@code 0113} gives
     * {@code A, 01, 011, 0113}); empty when the code is unknown.
     */
    public java.util.List<String> isicPath(String code) {
        java.util.LinkedList<String> out = new java.util.LinkedList<>();
        for (Code c = code == null ? null : isic.get(code); c != null; c = c.parent().isEmpty() ? null : isic.get(c.parent())) {
            out.addFirst(c.code());
        }
        return out;
    }

    /** The code list shipped with hazlex, read once per JVM. */
    public static Codes shared() {
        return Shared.CODES;
    }

    private static final class Shared {
        static final Codes CODES = packaged();
    }

    /** The ISCO-08 major group (one digit) of a code, or empty when it is unknown. */
    public Optional<Code> iscoMajor(String code) {
        return code == null || code.isEmpty() ? Optional.empty() : Optional.ofNullable(isco.get(code.substring(0, 1)));
    }

    private static Map<String, Code> read(String file) {
        InputStream in = Codes.class.getClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IllegalStateException("the code list " + ROOT + file + " is not on the classpath");
        }
        Map<String, Code> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (!"code,level,parent,title_en".equals(header)) {
                throw new IllegalStateException(ROOT + file + ": unexpected header " + header);
            }
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", 4);
                String title = f[3].startsWith("\"") ? f[3].substring(1, f[3].length() - 1).replace("\"\"", "\"") : f[3];
                m.put(f[0], new Code(f[0], f[1], f[2], title));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
