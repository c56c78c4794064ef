package org.hazlex.legislation;

import java.util.List;

/** An exception that allows work otherwise barred. A rule fact. */
public final class LawPermission implements Cited {
    private final String kind;
    private final Provision provision;
    private final Period period;
    private final Verification verification;
    private final List<String> notes;

    public LawPermission(String kind, Provision provision, Period period, Verification verification, List<String> notes) {
        this.kind = kind;
        this.provision = provision;
        this.period = period;
        this.verification = verification;
        this.notes = List.copyOf(notes);
    }

    public String getKind() { return kind; }
    @Override public Provision getProvision() { return provision; }
    @Override public Period getPeriod() { return period; }
    @Override public Verification getVerification() { return verification; }
    public List<String> getNotes() { return notes; }
}
