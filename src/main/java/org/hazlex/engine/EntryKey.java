package org.hazlex.engine;

import org.hazlex.legislation.ListEntry;

/**
 * An index fact over a list entry so rules join on equality (legislation/README.md, "How a job meets a list entry"):
 * a tag the entry covers ({@link Kind#COVERS}, with the certainty the data gives), an ISCO-08 code it names
 * ({@link Kind#ISCO}, certainty {@code confirmed} when exact) or a coarser code above it ({@link Kind#ISCO_ABOVE}), a
 * term ({@link Kind#TERM}), a hazard tag or term of its qualifier, a code of its industry scope ({@link Kind#SCOPE},
 * {@code *} for every branch) or a coarser code above one ({@link Kind#SCOPE_ABOVE}). {@code reference} marks the
 * entries of another country's list used as a bound of a list known only in part: they place a job, never find.
 */
public final class EntryKey {
    /** What the key of an {@link EntryKey} is. */
    public enum Kind {
        COVERS, ISCO, ISCO_ABOVE, TERM, QUALIFIER_TAG, QUALIFIER_TERM, SCOPE, SCOPE_ABOVE
    }

    private final ListEntry entry;
    private final Kind kind;
    private final String key;
    private final String certainty;
    private final boolean reference;

    public EntryKey(ListEntry entry, Kind kind, String key, String certainty, boolean reference) {
        this.entry = entry;
        this.kind = kind;
        this.key = key;
        this.certainty = certainty;
        this.reference = reference;
    }

    public ListEntry getEntry() { return entry; }
    public Kind getKind() { return kind; }
    public String getKey() { return key; }
    public String getCertainty() { return certainty; }
    public boolean isReference() { return reference; }

    @Override
    public String toString() {
        return kind + "[" + key + "]" + entry.getId() + (reference ? " (reference)" : "");
    }
}
