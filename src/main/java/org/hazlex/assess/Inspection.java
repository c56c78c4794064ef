package org.hazlex.assess;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hazlex.findings.Result;
import org.hazlex.intake.Submission;
import org.hazlex.intake.Worksite;

/**
 * A worksite visit as assessed: the worksite block, every job found there with its result (in input order, one
 * per job, invalid ones included), and the law in force on the day whose law applies.
 *
 * @param law the country's law as of {@code on}; empty when the country is unknown or not encoded
 */
public record Inspection(Worksite worksite, String country, LocalDate on, List<Worker> workers,
                         Optional<Assessor.LawView> law) {

    public Inspection {
        workers = List.copyOf(workers);
    }

    /** One job of the worksite: what was submitted (the job, when it could be read) and its result. */
    public record Worker(Submission submission, Result result) {
    }
}
