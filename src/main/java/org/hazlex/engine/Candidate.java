package org.hazlex.engine;

import org.hazlex.legislation.ListEntry;

/**
 * Derived: a list entry the job may meet through its occupation code or a term of its text, before its scope and
 * qualifier are weighed. {@code relation} says how the job's ISCO-08 code stands to the entry's: the same code, a finer
 * one beneath it, or a coarser one above it (a term has none).
 */
public final class Candidate {
    /** How the job's code stands to the entry's. */
    public enum Relation {
        SAME, FINER, COARSER, TERM
    }

    private final Subject subject;
    private final ListEntry entry;
    private final Relation relation;
    private final boolean exact;
    private final String key;
    private final String entryKey;
    private final boolean reference;

    public Candidate(Subject subject, ListEntry entry, Relation relation, boolean exact, String key, String entryKey,
                     boolean reference) {
        this.subject = subject;
        this.entry = entry;
        this.relation = relation;
        this.exact = exact;
        this.key = key;
        this.entryKey = entryKey;
        this.reference = reference;
    }

    public Subject getSubject() { return subject; }
    public ListEntry getEntry() { return entry; }
    public Relation getRelation() { return relation; }
    /** Whether the entry marks this code as an exact match of its wording. */
    public boolean isExact() { return exact; }
    /** The job's code or the term that made the candidate. */
    public String getKey() { return key; }
    /** The entry's code (or term) it met. */
    public String getEntryKey() { return entryKey; }
    public boolean isTerm() { return relation == Relation.TERM; }
    public boolean isReference() { return reference; }
}
