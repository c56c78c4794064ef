package org.hazlex.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age at a date: the one place hazlex computes it.
 *
 * <p>A person reaches a new age on the birthday itself (inclusive). A person born on 29 February reaches a
 * new age on 1 March in common years, because the age is the number of whole years elapsed
 * ({@link Period#between}): on 28 February of a common year one day of the year is still missing.
 */
public final class Ages {

    private Ages() {
    }

    public static int ageOn(LocalDate birthDate, LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date " + date + " is before the birth date " + birthDate);
        }
        return Period.between(birthDate, date).getYears();
    }
}
