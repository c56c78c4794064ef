package org.hazlex.domain;

import java.util.Set;

/** The contract's core hazard vocabulary (after ILO Recommendation No. 190, paragraph 3). */
public final class HazardTags {

    public static final Set<String> CORE = Set.of(
            "underground", "underwater", "height", "confined-space", "dangerous-machinery", "power-tools",
            "heavy-loads", "hazardous-substances", "pesticides", "explosives", "radiation", "biological-agents",
            "extreme-heat", "extreme-cold", "noise", "vibration", "electrical", "vehicle-driving",
            "large-animals", "alcohol-tobacco", "night-venues", "gambling", "weapons", "domestic-work",
            "street-work", "long-hours", "isolation");

    private HazardTags() {
    }
}
