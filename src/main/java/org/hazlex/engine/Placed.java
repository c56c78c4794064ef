package org.hazlex.engine;

import org.hazlex.legislation.ListEntry;

/**
 * Derived: where the job's sector stands to a candidate entry's industry scope: certainly inside it ({@code certain}),
 * or only possibly (the job's ISIC code is coarser than a code of the scope). No fact: outside, or no sector given.
 */
public final class Placed {
    private final Subject subject;
    private final ListEntry entry;
    private final boolean certain;

    public Placed(Subject subject, ListEntry entry, boolean certain) {
        this.subject = subject;
        this.entry = entry;
        this.certain = certain;
    }

    public Subject getSubject() { return subject; }
    public ListEntry getEntry() { return entry; }
    public boolean isCertain() { return certain; }
}
