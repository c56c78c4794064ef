package org.hazlex.findings;

/** The overall answer for one job (contract section 2). */
public enum Verdict {
    VIOLATION("violation"), COMPLIANT("compliant"), NEEDS_REVIEW("needs-review"), INVALID("invalid");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
