package org.hazlex.legislation;

/**
 * A sector (ISIC Rev.4 prefix) whose hazardous-list section is not fully encoded: a job in it could be on an
 * entry the engine does not know. A rule fact.
 */
public final class SectorGap implements Cited {
    private final String isic4Prefix;
    private final ListSection section;
    private final HazardList list;

    public SectorGap(String isic4Prefix, ListSection section, HazardList list) {
        this.isic4Prefix = isic4Prefix;
        this.section = section;
        this.list = list;
    }

    public String getIsic4Prefix() { return isic4Prefix; }
    public ListSection getSection() { return section; }
    public HazardList getList() { return list; }
    @Override public Provision getProvision() { return list.provision(); }
    @Override public Period getPeriod() { return list.period(); }
    @Override public Verification getVerification() { return list.provision().verification(); }
}
