package org.hazlex.engine;

import org.hazlex.legislation.ListScope;
import org.hazlex.legislation.ScopeBound;

/**
 * An index fact over a bound of a list known only in part, so rules join on equality: a sector code ({@code SECTOR}),
 * a coarser code above one ({@code SECTOR_ABOVE}), an occupation code ({@code OCCUPATION}) or a coarser one above it
 * ({@code OCCUPATION_ABOVE}), a hazard tag, a workplace term, or a reference list's id.
 */
public final class BoundKey {
    /** What the key of a {@link BoundKey} is. */
    public enum Kind {
        SECTOR, SECTOR_ABOVE, OCCUPATION, OCCUPATION_ABOVE, HAZARD, WORKPLACE, REFERENCE
    }

    private final ListScope scope;
    private final ScopeBound bound;
    private final Kind kind;
    private final String key;

    public BoundKey(ListScope scope, ScopeBound bound, Kind kind, String key) {
        this.scope = scope;
        this.bound = bound;
        this.kind = kind;
        this.key = key;
    }

    public ListScope getScope() { return scope; }
    public ScopeBound getBound() { return bound; }
    public Kind getKind() { return kind; }
    public String getKey() { return key; }
}
