package org.hazlex.legislation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An ISIC Rev.4 code of the industry scope of a list section or subsection (our mapping), as a rule fact: a job whose
 * code lies under it is in the sector ({@code possible == false}); a job coded only to a coarser code above it
 * ({@code possible == true}, the fact's code is then that coarser code) may be. While the section is not fully
 * encoded ({@code complete == false}) a job in the sector could be on an entry the engine does not know; once it is,
 * the job's occupation decides where the section names occupations. Sections of every branch ({@code *}) give no
 * sector: their occupations are found by code, term and tag. {@code reference} marks the sectors of another
 * country's list used as a bound of a list known only in part.
 */
public final class ListSector implements Cited {
    private final String isic4Prefix;
    private final ListSection section;
    private final HazardList list;
    private final boolean possible;
    private final boolean occupations;
    private final boolean reference;

    public ListSector(String isic4Prefix, ListSection section, HazardList list, boolean possible, boolean occupations,
                      boolean reference) {
        this.isic4Prefix = isic4Prefix;
        this.section = section;
        this.list = list;
        this.possible = possible;
        this.occupations = occupations;
        this.reference = reference;
    }

    /** The sector facts of a list: each scope code of its sections and subsections, and the coarser codes above them. */
    public static List<ListSector> of(HazardList list, boolean reference) {
        List<ListSector> out = new ArrayList<>();
        for (ListSection s : list.sections()) {
            Set<String> codes = new LinkedHashSet<>(s.isic4());
            s.subsections().forEach(ss -> codes.addAll(ss.isic4()));
            codes.remove("*");
            boolean occupations = list.entries().values().stream()
                    .anyMatch(e -> e.getSection().equals(s.id()) && e.getExtent() == Extent.OCCUPATION);
            Set<String> coarse = new LinkedHashSet<>();
            for (String c : codes) {
                out.add(new ListSector(c, s, list, false, occupations, reference));
                List<String> path = Codes.shared().isicPath(c);
                coarse.addAll(path.subList(0, Math.max(0, path.size() - 1)));
            }
            coarse.removeAll(codes);
            coarse.forEach(c -> out.add(new ListSector(c, s, list, true, occupations, reference)));
        }
        return out;
    }

    public String getIsic4Prefix() { return isic4Prefix; }
    public ListSection getSection() { return section; }
    public HazardList getList() { return list; }
    public boolean isComplete() { return section.complete(); }
    /** Whether this fact's code is coarser than the section's: a job coded exactly to it may be in the sector. */
    public boolean isPossible() { return possible; }
    /** The kind of job part this fact joins on: the job's own code when it is coarser, else any level of it. */
    public String getMatchKind() { return possible ? "isic" : "isic-prefix"; }
    /** Whether the section names occupations (entries of extent occupation). */
    public boolean isOccupations() { return occupations; }
    public boolean isReference() { return reference; }
    @Override public Provision getProvision() { return list.provision(); }
    @Override public Period getPeriod() { return list.period(); }
    @Override public Verification getVerification() { return list.provision().verification(); }
}
