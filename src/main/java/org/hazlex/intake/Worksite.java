package org.hazlex.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The worksite block of a worksite file: what its jobs inherit, and what an inspection report shows.
 *
 * @param assessedOn the date whose law applies: {@code assessedOn} if given, else {@code inspectionDate}
 * @param inspectionDate the day of the visit, as given (null when not given)
 */
public record Worksite(String id, String name, String address, String employer, List<String> inspectors,
                       String country, LocalDate assessedOn, LocalDate inspectionDate) {

    public static final Worksite NONE = new Worksite(null, null, null, null, List.of(), null, null, null);

    public Worksite {
        inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
    }
}
