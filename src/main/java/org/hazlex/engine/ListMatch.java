package org.hazlex.engine;

import java.util.Locale;
import org.hazlex.legislation.ListEntry;

/**
 * Derived: the job meets a hazardous-list entry, {@code via} the assessor's list item, a hazard tag the entry covers
 * (with the tag), the job's ISCO-08 code, a term of its text, or its sector (an entry of a whole production), with the
 * certainty the facts give and, where a fact would settle a match to confirm, that fact's path ({@code settle}).
 * {@code reference} marks a match with an entry of another country's list used as a bound of a list known only in
 * part: it places the job inside that bound and is never a finding.
 */
public final class ListMatch {
    /** How the job met the entry. */
    public enum Via {
        LIST_ITEMS("listItems"), COVERS("covers"), ISCO08("isco08"), TERM("term"), PRODUCTION("production");

        private final String code;

        Via(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    private final Subject subject;
    private final ListEntry entry;
    private final Via via;
    private final String tag;
    private final String certainty;
    private final String settle;
    private final boolean reference;

    public ListMatch(Subject subject, ListEntry entry, Via via, String tag, String certainty, String settle,
                     boolean reference) {
        this.subject = subject;
        this.entry = entry;
        this.via = via;
        this.tag = tag;
        this.certainty = certainty;
        this.settle = settle;
        this.reference = reference;
    }

    public Subject getSubject() { return subject; }
    public ListEntry getEntry() { return entry; }
    public Via getVia() { return via; }
    /** The covering tag, the job's ISCO-08 code or the term that made the match. */
    public String getTag() { return tag; }
    public String getCertainty() { return certainty; }
    /** The field whose value would settle this match, or null. */
    public String getSettle() { return settle; }
    public boolean isReference() { return reference; }

    @Override
    public String toString() {
        return "ListMatch[" + entry.getId() + " via " + via + " " + certainty.toUpperCase(Locale.ROOT) + "]";
    }
}
