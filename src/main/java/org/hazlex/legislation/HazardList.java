package org.hazlex.legislation;

import java.util.List;
import java.util.Map;

/** A hazardous-work list: its sections (all headings) and the entries encoded so far. A rule fact. */
public record HazardList(String id, String country, Provision provision, Period period, Map<String, String> titles,
                         List<ListSection> sections, Map<String, ListEntry> entries, List<String> notes)
        implements Cited {

    @Override
    public Provision getProvision() {
        return provision;
    }

    @Override
    public Period getPeriod() {
        return period;
    }

    @Override
    public Verification getVerification() {
        return provision.verification();
    }

    /** The official number of entries, or null when some section was not seen in full. */
    public Integer officialEntries() {
        if (sections.stream().anyMatch(s -> s.officialEntries() == null)) {
            return null;
        }
        return sections.stream().mapToInt(ListSection::officialEntries).sum();
    }

    /**
     * This list standing in for another over {@code otherPeriod}: the same sections and entries, each entry now valid
     * over that period (a draft evaluated as if it were the list in force).
     */
    public HazardList during(Period otherPeriod) {
        Map<String, ListEntry> moved = new java.util.LinkedHashMap<>();
        entries.forEach((k, e) -> moved.put(k, e.in(id, provision, otherPeriod)));
        return new HazardList(id, country, provision, otherPeriod, titles, sections, moved, notes);
    }

    public boolean complete() {
        return sections.stream().allMatch(ListSection::complete);
    }
}
