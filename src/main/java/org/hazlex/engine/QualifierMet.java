package org.hazlex.engine;

import org.hazlex.legislation.ListEntry;

/** Derived: the job meets the qualifier of a candidate entry, by a hazard tag it declares ({@code byTag}) or a term. */
public final class QualifierMet {
    private final Subject subject;
    private final ListEntry entry;
    private final boolean byTag;

    public QualifierMet(Subject subject, ListEntry entry, boolean byTag) {
        this.subject = subject;
        this.entry = entry;
        this.byTag = byTag;
    }

    public Subject getSubject() { return subject; }
    public ListEntry getEntry() { return entry; }
    public boolean isByTag() { return byTag; }
}
