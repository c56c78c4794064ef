package org.hazlex.legislation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One bound of the known scope of a list read only in part ({@link ListScope}): a sector (ISIC codes), occupations
 * (ISCO-08 codes), hazard tags, workplaces (terms) or a reference list of the same descent, each with where it comes
 * from ({@link Basis}) and whether it was checked. {@code provision} (where the bound was read) may be null when only
 * {@code source} names it.
 */
public record ScopeBound(Kind kind, Basis basis, Verification verification, Provision provision, String source,
                         List<String> codes, String referenceList, Map<String, String> titles, List<String> notes) {

    public ScopeBound {
        codes = List.copyOf(codes);
        titles = Map.copyOf(titles);
        notes = List.copyOf(notes);
    }

    /** What a bound names. */
    public enum Kind {
        SECTOR, OCCUPATION, HAZARD, WORKPLACE, REFERENCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a bound comes from. */
    public enum Basis {
        /** a heading of the list itself, read in a copy of it */
        HEADING,
        /** a secondary source describing the list */
        SECONDARY,
        /** the statute's own general ban, which the list implements */
        GENERAL_BAN,
        /** a list of the same descent read in full elsewhere: an inference, never verified */
        REGIONAL_REFERENCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Basis of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** The bound's title in a language (Russian, else English, else its codes). */
    public String title(String lang) {
        String t = titles.get(lang);
        if (t == null) {
            t = titles.getOrDefault("en", titles.get("ru"));
        }
        return t != null ? t : kind == Kind.REFERENCE ? referenceList : String.join(" ", codes);
    }
}
