package org.hazlex.engine;

import org.hazlex.legislation.ListEntry;

/**
 * Derived: the job matches a hazardous-list entry, {@code via} the assessor's list item ("listItems"), a hazard
 * tag the entry covers ("covers", with the tag), or the job's ISCO-08 code ("isco08").
 */
public final class ListMatch {
    private final Subject subject;
    private final ListEntry entry;
    private final String via;
    private final String tag;
    private final String certainty;

    public ListMatch(Subject subject, ListEntry entry, String via, String tag, String certainty) {
        this.subject = subject;
        this.entry = entry;
        this.via = via;
        this.tag = tag;
        this.certainty = certainty;
    }

    public Subject getSubject() { return subject; }
    public ListEntry getEntry() { return entry; }
    public String getVia() { return via; }
    public String getTag() { return tag; }
    public String getCertainty() { return certainty; }
}
