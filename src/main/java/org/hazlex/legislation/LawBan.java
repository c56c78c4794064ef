package org.hazlex.legislation;

import java.util.List;

/**
 * Something the law forbids for minors ({@code scope} "minors"), for everyone with exceptions the engine cannot
 * judge ({@code scope} "general"), or for minors under conditions a job description does not carry ({@code scope}
 * "conditional"); {@code exception} names an exception the article makes (creative work). A rule fact.
 */
public final class LawBan implements Cited {
    private final String activity;
    private final String scope;
    private final String exception;
    private final Provision provision;
    private final Period period;
    private final Verification verification;
    private final List<String> notes;

    public LawBan(String activity, String scope, Provision provision, Period period, Verification verification,
                  List<String> notes) {
        this(activity, scope, null, provision, period, verification, notes);
    }

    /** @param exception an exception the article makes ({@code creative-work}), or null */
    public LawBan(String activity, String scope, String exception, Provision provision, Period period,
                  Verification verification, List<String> notes) {
        this.activity = activity;
        this.scope = scope;
        this.exception = exception;
        this.provision = provision;
        this.period = period;
        this.verification = verification;
        this.notes = List.copyOf(notes);
    }

    public String getActivity() { return activity; }
    public String getScope() { return scope; }
    /** An exception the ban's article makes ({@code creative-work}), or null. */
    public String getException() { return exception; }
    @Override public Provision getProvision() { return provision; }
    @Override public Period getPeriod() { return period; }
    @Override public Verification getVerification() { return verification; }
    public List<String> getNotes() { return notes; }
}
