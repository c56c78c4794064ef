package org.hazlex.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.hazlex.legislation.ListEntry;

/** The field-by-field differences between an entry of the list in force and the same entry (by id) in a draft. */
public final class Changes {

    /** One changed field, with both versions as the template shows them. */
    public record Change(String field, String before, String after) {
    }

    private Changes() {
    }

    public static List<Change> of(ListEntry before, ListEntry after, int adultAge) {
        List<Change> out = new ArrayList<>();
        add(out, "section", before.getSection(), after.getSection());
        add(out, "subsection", before.getSubsection(), after.getSubsection());
        add(out, "wording", before.getLabel(), after.getLabel());
        add(out, "gloss", before.getGloss(), after.getGloss());
        add(out, "hazards", sorted(before.getHazards()), sorted(after.getHazards()));
        add(out, "covers", sorted(covers(before)), sorted(covers(after)));
        add(out, "r190", sorted(before.getR190()), sorted(after.getR190()));
        add(out, "isco08", sorted(before.getIsco08().keySet()), sorted(after.getIsco08().keySet()));
        add(out, "isic4", sorted(before.getIsic4()), sorted(after.getIsic4()));
        add(out, "scope", sorted(before.getScope()), sorted(after.getScope()));
        add(out, "extent", before.getExtent().code(), after.getExtent().code());
        add(out, "terms", sorted(before.getTerms()), sorted(after.getTerms()));
        add(out, "qualifier", qualifier(before), qualifier(after));
        add(out, "printed", before.getPrinted(), after.getPrinted());
        add(out, "minAge", String.valueOf(age(before, adultAge)), String.valueOf(age(after, adultAge)));
        add(out, "notes", String.join(" | ", before.getNotes()), String.join(" | ", after.getNotes()));
        return out;
    }

    /** The age from which the entry allows the work: its minAge, or the adult age. */
    public static int age(ListEntry e, int adultAge) {
        return e.getMinAge() != null ? e.getMinAge() : adultAge;
    }

    /** A qualifier as the template shows it: its hazard tags, then its terms. */
    static String qualifier(ListEntry e) {
        if (!e.isQualified()) {
            return "";
        }
        return sorted(e.getQualifier().hazards()) + " | " + sorted(e.getQualifier().terms());
    }

    static List<String> covers(ListEntry e) {
        List<String> out = new ArrayList<>();
        e.getCovers().forEach((t, c) -> out.add("suspected".equals(c) ? t + "?" : t));
        return out;
    }

    static String sorted(java.util.Collection<String> c) {
        return String.join(", ", new TreeSet<>(c));
    }

    private static void add(List<Change> out, String field, String before, String after) {
        if (!Objects.equals(before == null ? "" : before, after == null ? "" : after)) {
            out.add(new Change(field, before == null ? "" : before, after == null ? "" : after));
        }
    }
}
