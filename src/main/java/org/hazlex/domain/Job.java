package org.hazlex.domain;

import java.time.LocalDate;
import java.util.List;

/** One job description to assess (contract section 1), after intake. */
public record Job(
        String id,
        String country,
        LocalDate assessedOn,
        Worker worker,
        JobInfo job,
        List<Load> loads,
        List<ShiftTotal> shiftTotals,
        Schedule schedule) {

    public Job {
        loads = loads == null ? List.of() : List.copyOf(loads);
        shiftTotals = shiftTotals == null ? List.of() : List.copyOf(shiftTotals);
        schedule = schedule == null ? Schedule.NONE : schedule;
    }

    /** The worker's age in whole years on the assessment date; null when neither birth date nor age is known. */
    public Integer ageOnAssessment() {
        if (worker.birthDate() != null) {
            return Ages.ageOn(worker.birthDate(), assessedOn);
        }
        return worker.age();
    }
}
