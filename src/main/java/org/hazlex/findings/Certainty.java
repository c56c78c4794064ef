package org.hazlex.findings;

/** Whether the facts given decide a finding, or an assessor must confirm it. */
public enum Certainty {
    CONFIRMED, SUSPECTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Certainty of(String code) {
        return "confirmed".equals(code) ? CONFIRMED : SUSPECTED;
    }
}
