package org.hazlex.legislation;

/**
 * A sector (ISIC Rev.4 prefix, our mapping) that a hazardous-list section covers. While the section is not fully
 * encoded ({@code complete == false}) a job in the sector could be on an entry the engine does not know; once it
 * is, the job's occupation decides. A rule fact.
 */
public final class ListSector implements Cited {
    private final String isic4Prefix;
    private final ListSection section;
    private final HazardList list;

    public ListSector(String isic4Prefix, ListSection section, HazardList list) {
        this.isic4Prefix = isic4Prefix;
        this.section = section;
        this.list = list;
    }

    public String getIsic4Prefix() { return isic4Prefix; }
    public ListSection getSection() { return section; }
    public HazardList getList() { return list; }
    public boolean isComplete() { return section.complete(); }
    @Override public Provision getProvision() { return list.provision(); }
    @Override public Period getPeriod() { return list.period(); }
    @Override public Verification getVerification() { return list.provision().verification(); }
}
