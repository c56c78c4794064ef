package org.hazlex.findings;

import java.util.List;

/**
 * Findings to verdict: any confirmed finding is a violation; otherwise any suspected finding, missing deciding
 * fact or unencoded law gives needs-review; otherwise the job is compliant.
 */
public final class VerdictPolicy {

    private VerdictPolicy() {
    }

    public static Verdict decide(List<Finding> findings, List<Notice> warnings) {
        if (findings.stream().anyMatch(f -> f.certainty() == Certainty.CONFIRMED)) {
            return Verdict.VIOLATION;
        }
        if (!findings.isEmpty() || warnings.stream().anyMatch(Notice::review)) {
            return Verdict.NEEDS_REVIEW;
        }
        return Verdict.COMPLIANT;
    }
}
