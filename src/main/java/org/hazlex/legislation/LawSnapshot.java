package org.hazlex.legislation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The law of one country in force on a date: what the rules see. Snapshots are shared by every date of the
 * same epoch (the span between two dates on which something in the country's law changes).
 */
public record LawSnapshot(String country, LocalDate epochStart, List<LawValue> values, List<LawWindow> windows,
                          List<LawBan> bans, List<LawPermission> permissions, List<ClauseTag> clauseTags,
                          Optional<HazardList> list, List<LawGap> gaps, List<ListSector> sectors,
                          List<ListScope> listScopes, List<LawSanction> sanctions) {

    /** Every fact to hold in a rule session for this snapshot. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.addAll(values);
        facts.addAll(windows);
        facts.addAll(bans);
        facts.addAll(permissions);
        facts.addAll(clauseTags);
        list.ifPresent(l -> {
            facts.add(l);
            facts.addAll(l.entries().values());
        });
        facts.addAll(gaps);
        facts.addAll(sectors);
        facts.addAll(listScopes);
        sanctions.forEach(x -> facts.addAll(x.targetFacts()));
        return facts;
    }

}
