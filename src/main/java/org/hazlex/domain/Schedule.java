package org.hazlex.domain;

import java.time.LocalTime;

/** Working time. Times are local; an end before the start crosses midnight. Unknown facts are null. */
public record Schedule(
        Double hoursPerDay,
        Double hoursPerWeek,
        Integer daysPerWeek,
        LocalTime start,
        LocalTime end,
        Double overtimeHoursPerWeek,
        Boolean worksOnRestDays,
        Boolean schoolTerm,
        Boolean summarisedAccounting) {

    public static final Schedule NONE = new Schedule(null, null, null, null, null, null, null, null, null);
}
