package org.hazlex.legislation;

import java.time.LocalTime;
import java.util.List;

/** A clock window such as the legal night; {@code to} before {@code from} crosses midnight. A rule fact. */
public final class LawWindow implements Cited {
    private final String quantity;
    private final LocalTime from;
    private final LocalTime to;
    private final Provision provision;
    private final Period period;
    private final Verification verification;
    private final List<String> notes;

    public LawWindow(String quantity, LocalTime from, LocalTime to, Provision provision, Period period,
                     Verification verification, List<String> notes) {
        this.quantity = quantity;
        this.from = from;
        this.to = to;
        this.provision = provision;
        this.period = period;
        this.verification = verification;
        this.notes = List.copyOf(notes);
    }

    public String getQuantity() { return quantity; }
    public LocalTime getFrom() { return from; }
    public LocalTime getTo() { return to; }
    public int getFromMinute() { return from.toSecondOfDay() / 60; }
    public int getToMinute() { return to.toSecondOfDay() / 60; }
    @Override public Provision getProvision() { return provision; }
    @Override public Period getPeriod() { return period; }
    @Override public Verification getVerification() { return verification; }
    public List<String> getNotes() { return notes; }
}
