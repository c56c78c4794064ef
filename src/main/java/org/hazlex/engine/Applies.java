package org.hazlex.engine;

import org.hazlex.legislation.LawValue;

/** Derived: a dated limit applies to the worker (and, for loads, to one load), certainly or possibly. */
public final class Applies {
    private final Subject subject;
    private final LawValue limit;
    private final SubjectPart part;
    private final Fit fit;

    public Applies(Subject subject, LawValue limit, SubjectPart part, Fit fit) {
        this.subject = subject;
        this.limit = limit;
        this.part = part;
        this.fit = fit;
    }

    public Subject getSubject() { return subject; }
    public LawValue getLimit() { return limit; }
    public String getQuantity() { return limit.getQuantity(); }
    public double getValue() { return limit.getValue(); }
    public SubjectPart getPart() { return part; }
    public boolean isCertain() { return fit.isCertain(); }
    public Fit getFit() { return fit; }

    /** For an examination interval: whether the worker's last examination is older than it. */
    public boolean isExamOverdue() {
        return subject.medicalExamOlderThan(limit.getValue());
    }
}
