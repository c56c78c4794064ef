package org.hazlex.legislation;

import java.util.List;

/**
 * What is known of a hazardous-work list that could not be read in full, for a period: the bounds within which its
 * unread entries can lie (legislation/README.md, "Lists known only in part"). It names the list's gap, which then
 * matters only to a job inside one of the bounds or lacking the facts that place it. A rule fact.
 */
public final class ListScope implements Cited {
    private final String id;
    private final Provision provision;
    private final String listId;
    private final String gapId;
    private final Period period;
    private final LocalText description;
    private final List<ScopeBound> bounds;
    private final List<String> notes;

    public ListScope(String id, Provision provision, String listId, String gapId, Period period, LocalText description,
                     List<ScopeBound> bounds, List<String> notes) {
        this.id = id;
        this.provision = provision;
        this.listId = listId;
        this.gapId = gapId;
        this.period = period;
        this.description = description;
        this.bounds = List.copyOf(bounds);
        this.notes = List.copyOf(notes);
    }

    public String getId() { return id; }
    /** The id of the encoded part of the list, or null when none of it is encoded. */
    public String getListId() { return listId; }
    public String getGapId() { return gapId; }
    public LocalText getDescription() { return description; }
    public List<ScopeBound> getBounds() { return bounds; }
    public List<String> getNotes() { return notes; }
    @Override public Provision getProvision() { return provision; }
    @Override public Period getPeriod() { return period; }
    @Override public Verification getVerification() { return provision.verification(); }
}
