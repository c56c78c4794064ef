package org.hazlex.findings;

import java.time.LocalDate;
import java.util.List;
import org.hazlex.domain.Problem;

/** The result for one job (contract section 2). Every input job gets exactly one, an invalid one included. */
public record Result(String id, String country, LocalDate assessedOn, Verdict verdict, List<Finding> findings,
                     List<Notice> warnings, List<Problem> errors, List<String> firedRules) {

    public Result {
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        firedRules = List.copyOf(firedRules);
    }

    /** What would settle this result (empty when nothing is left to settle); see {@link ToSettle#of}. */
    public List<ToSettle> toSettle() {
        return ToSettle.of(findings, warnings);
    }
}
