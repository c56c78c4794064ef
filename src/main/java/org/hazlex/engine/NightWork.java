package org.hazlex.engine;

import org.hazlex.legislation.LawWindow;

/** Derived: the shift overlaps the legal night window by {@code minutes}. */
public final class NightWork {
    private final Subject subject;
    private final LawWindow window;
    private final int minutes;

    public NightWork(Subject subject, LawWindow window, int minutes) {
        this.subject = subject;
        this.window = window;
        this.minutes = minutes;
    }

    public Subject getSubject() { return subject; }
    public LawWindow getWindow() { return window; }
    public int getMinutes() { return minutes; }
}
