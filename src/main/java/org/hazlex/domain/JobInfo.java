package org.hazlex.domain;

import java.util.List;
import java.util.Set;

/** What the work is: occupation codes, list items an assessor identified, hazard tags and work arrangements. */
public record JobInfo(
        String title,
        String isco08,
        String isic4,
        List<String> listItems,
        Set<String> hazards,
        String description,
        Boolean creativeWork,
        Boolean businessTrips,
        Boolean rotationWork,
        Boolean fullMaterialLiability,
        Boolean recalledFromLeave,
        Boolean secondJob,
        Integer annualLeaveDays) {

    public JobInfo {
        listItems = listItems == null ? List.of() : List.copyOf(listItems);
        hazards = hazards == null ? Set.of() : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(hazards));
    }
}
