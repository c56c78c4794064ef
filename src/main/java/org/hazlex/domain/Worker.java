package org.hazlex.domain;

import java.time.LocalDate;

/**
 * The young worker. Unknown facts are null: the rules treat a missing fact as unknown, never as "no".
 *
 * @param birthDate date of birth; wins over {@code age} when both are given
 * @param age age in whole years on the assessment date, when no birth date is known
 * @param name the worker's name or initials as the assessor recorded them (reports only; no rule reads it)
 */
public record Worker(
        LocalDate birthDate,
        Integer age,
        Sex sex,
        Boolean inEducation,
        Boolean parentalConsent,
        Boolean preEmploymentMedicalExam,
        LocalDate lastMedicalExamOn,
        String name) {
}
