package org.hazlex.legislation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of a hazardous-work list: the official wording as label, our English gloss, hazard tags, the tags
 * that alone bring a job within it ({@code covers}, tag to certainty), R190 categories and ISCO-08 codes
 * (code to exact), its own ISIC Rev.4 codes ({@code isic4}, as the data gives them) and, where the list allows the
 * work below the adult age, the age from which it is allowed ({@code minAge}, null when banned for every minor).
 * {@link Reading} holds our reading of the wording that decides how a job meets it (legislation/README.md, "How a
 * job meets a list entry"): extent, industry scope, terms, qualifier and, where the label corrects a slip of the
 * copy read, the printed wording. A rule fact.
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
    private final Reading reading;

    /**
     * Our reading of an entry's wording: its extent, its effective industry scope (its own ISIC codes, else its
     * subsection's, else its section's; {@code *} for every branch), its terms (normalised, {@link Terms}), the
     * qualifier of its occupation, and the wording the copy prints where the label corrects it (with why).
     */
    public record Reading(Extent extent, List<String> scope, List<String> terms, Qualifier qualifier, String printed,
                          String correction) {
        public static final Reading NONE = new Reading(Extent.OCCUPATION, List.of(), List.of(), Qualifier.NONE, null, null);

        public Reading {
            scope = List.copyOf(scope);
            terms = List.copyOf(terms);
        }

        /** Whether the scope is every branch. */
        public boolean everyBranch() {
            return scope.contains("*");
        }
    }

    public ListEntry(String id, String listId, String section, String subsection, String label, String gloss,
                     Set<String> hazards, Map<String, String> covers, List<String> r190, Map<String, Boolean> isco08,
                     List<String> isic4, Integer minAge, List<String> notes, Provision provision, Period period,
                     Reading reading) {
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
        this.reading = reading;
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
    public Reading getReading() { return reading; }
    public Extent getExtent() { return reading.extent(); }
    public List<String> getScope() { return reading.scope(); }
    public List<String> getTerms() { return reading.terms(); }
    public Qualifier getQualifier() { return reading.qualifier(); }
    public boolean isQualified() { return !reading.qualifier().isEmpty(); }
    /** The wording the copy read prints, where the label corrects it; null otherwise. */
    public String getPrinted() { return reading.printed(); }

    /** True when the entry bans this work for a worker of {@code age} (a minor): always, unless a minAge allows it. */
    public boolean bansAt(int age) { return minAge == null || age < minAge; }

    /** The same entry in another list or period (a draft list standing in for the list it revises). */
    public ListEntry in(String otherListId, Provision otherProvision, Period otherPeriod) {
        return new ListEntry(id, otherListId, section, subsection, label, gloss, hazards, covers, r190, isco08, isic4,
                minAge, notes, otherProvision, otherPeriod, reading);
    }
    @Override public Provision getProvision() { return provision; }
    @Override public Period getPeriod() { return period; }
    @Override public Verification getVerification() { return provision.verification(); }
}
