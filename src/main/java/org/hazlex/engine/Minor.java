package org.hazlex.engine;

import org.hazlex.legislation.LawValue;

/** Derived: the worker is below the age from which the minors' rules stop applying. */
public final class Minor {
    private final Subject subject;
    private final LawValue adultAge;

    public Minor(Subject subject, LawValue adultAge) {
        this.subject = subject;
        this.adultAge = adultAge;
    }

    public Subject getSubject() { return subject; }
    public int getAge() { return subject.getAge(); }
    public LawValue getAdultAge() { return adultAge; }
}
