package org.hazlex.legislation;

/** Whether a legal value was checked against the legal text ({@code verified}) or comes from a secondary source. */
public enum Verification {
    VERIFIED, UNVERIFIED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Verification of(String code) {
        return "verified".equals(code) ? VERIFIED : UNVERIFIED;
    }
}
