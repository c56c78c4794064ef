package org.hazlex.intake;

import java.time.LocalDate;
import java.util.List;

/** The worksite block of a worksite file: what its jobs inherit, and what an inspection report shows. */
public record Worksite(String id, String name, String address, String employer, List<String> inspectors,
                       String country, LocalDate assessedOn) {

    public static final Worksite NONE = new Worksite(null, null, null, null, List.of(), null, null);
}
