package org.hazlex.legislation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of a hazardous-work list: the official wording as label, our English gloss, hazard tags, the tags
 * that alone bring a job within it ({@code covers}, tag to certainty), R190 categories and ISCO-08 codes
 * (code to exact), ISIC Rev.4 codes (scope data, not matched by the engine) and, where the list allows the work
 * below the adult age, the age from which it is allowed ({@code minAge}, null when banned for every minor). A rule
 * fact.
 */
public final class ListEntry implements Cited {
    private final String id;
    private final String listId;
    private final String section;
    private final String subsection;
    private final String label;
    private final String gloss;
    private final Set<String> hazards;
    private final Map<String, String> covers;
    private final List<String> r190;
    private final Map<String, Boolean> isco08;
    private final List<String> isic4;
    private final Integer minAge;
    private final List<String> notes;
    private final Provision provision;
    private final Period period;

    public ListEntry(String id, String listId, String section, String subsection, String label, String gloss,
                     Set<String> hazards, Map<String, String> covers, List<String> r190, Map<String, Boolean> isco08,
                     List<String> isic4, Integer minAge, List<String> notes, Provision provision, Period period) {
        this.id = id;
        this.listId = listId;
        this.section = section;
        this.subsection = subsection;
        this.label = label;
        this.gloss = gloss;
        this.hazards = Set.copyOf(hazards);
        this.covers = Map.copyOf(covers);
        this.r190 = List.copyOf(r190);
        this.isco08 = Map.copyOf(isco08);
        this.isic4 = List.copyOf(isic4);
        this.minAge = minAge;
        this.notes = List.copyOf(notes);
        this.provision = provision;
        this.period = period;
    }

    public String getId() { return id; }
    public String getListId() { return listId; }
    public String getSection() { return section; }
    public String getSubsection() { return subsection; }
    public String getLabel() { return label; }
    public String getGloss() { return gloss; }
    public Set<String> getHazards() { return hazards; }
    public Map<String, String> getCovers() { return covers; }
    public List<String> getR190() { return r190; }
    public Map<String, Boolean> getIsco08() { return isco08; }
    public List<String> getIsic4() { return isic4; }
    public Integer getMinAge() { return minAge; }
    public List<String> getNotes() { return notes; }

    /** True when the entry bans this work for a worker of {@code age} (a minor): always, unless a minAge allows it. */
    public boolean bansAt(int age) { return minAge == null || age < minAge; }

    /** The same entry in another list or period (a draft list standing in for the list it revises). */
    public ListEntry in(String otherListId, Provision otherProvision, Period otherPeriod) {
        return new ListEntry(id, otherListId, section, subsection, label, gloss, hazards, covers, r190, isco08, isic4,
                minAge, notes, otherProvision, otherPeriod);
    }
    @Override public Provision getProvision() { return provision; }
    @Override public Period getPeriod() { return period; }
    @Override public Verification getVerification() { return provision.verification(); }
}
