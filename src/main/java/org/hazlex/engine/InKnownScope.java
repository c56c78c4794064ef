package org.hazlex.engine;

import org.hazlex.legislation.ListScope;
import org.hazlex.legislation.ScopeBound;

/**
 * Derived: the job lies inside a bound of the known scope of a list read only in part, by {@code key} (the sector or
 * occupation code, the hazard tag, the term, or the id of the reference entry it would meet).
 */
public final class InKnownScope {
    private final Subject subject;
    private final ListScope scope;
    private final ScopeBound bound;
    private final String key;

    public InKnownScope(Subject subject, ListScope scope, ScopeBound bound, String key) {
        this.subject = subject;
        this.scope = scope;
        this.bound = bound;
        this.key = key;
    }

    public Subject getSubject() { return subject; }
    public ListScope getScope() { return scope; }
    /** The bound, or null where the job names a list item (which places it inside the list outright). */
    public ScopeBound getBound() { return bound; }
    public String getKey() { return key; }
}
