package org.hazlex.cli;

/** The exit statuses of every hazlex command, defined in one place (contract section 3). */
public final class ExitCodes {
    /** Every job is compliant (or, for other commands, success). */
    public static final int COMPLIANT = 0;
    /** At least one job has a violation or needs review. */
    public static final int FINDINGS = 1;
    /** Invalid input or usage; also when some jobs of a batch are invalid (each still gets its result). */
    public static final int INVALID = 2;
    /** An internal error: never 0, 1 or 2, so a crash cannot look like a verdict. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
