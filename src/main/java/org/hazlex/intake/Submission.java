package org.hazlex.intake;

import java.time.LocalDate;
import java.util.List;
import org.hazlex.domain.Job;
import org.hazlex.domain.Problem;

/**
 * One job as submitted: either a readable {@link Job} or the errors that made it unreadable, plus warnings.
 * Every input job becomes exactly one submission, so every input job gets exactly one result.
 *
 * @param id the job's id, or where it was found (file and index) when it had none
 * @param country the country code when it could be read, else null
 * @param assessedOn the assessment date when it could be read, else null
 */
public record Submission(String id, String country, LocalDate assessedOn, Job job,
                         List<Problem> errors, List<Problem> warnings) {

    public Submission {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return job != null && errors.isEmpty();
    }
}
