package org.hazlex.legislation;

/** One hazard tag reached by a general statutory ban, with the certainty a finding on that tag alone gets. A rule fact. */
public final class ClauseTag implements Cited {
    private final String tag;
    private final String certainty;
    private final Provision provision;
    private final Period period;

    public ClauseTag(String tag, String certainty, Provision provision, Period period) {
        this.tag = tag;
        this.certainty = certainty;
        this.provision = provision;
        this.period = period;
    }

    public String getTag() { return tag; }
    public String getCertainty() { return certainty; }
    @Override public Provision getProvision() { return provision; }
    @Override public Period getPeriod() { return period; }
    @Override public Verification getVerification() { return provision.verification(); }
}
