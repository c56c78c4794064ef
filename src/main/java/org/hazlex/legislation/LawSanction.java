package org.hazlex.legislation;

import java.util.List;

/**
 * A sanction the law attaches to a breach (e.g. a fine under a code of offences): its own provision, the findings it
 * sanctions ({@link Target}: a finding kind, a provision a finding cites, or both) and its fines, each with who is
 * liable and the amount in the act's own unit. A rule fact through its targets ({@link SanctionTarget}).
 */
public final class LawSanction implements Cited {
    private final String id;
    private final Provision provision;
    private final Period period;
    private final Verification verification;
    private final List<Target> targets;
    private final List<Fine> fines;
    private final List<String> notes;

    public LawSanction(String id, Provision provision, Period period, Verification verification, List<Target> targets,
                       List<Fine> fines, List<String> notes) {
        this.id = id;
        this.provision = provision;
        this.period = period;
        this.verification = verification;
        this.targets = List.copyOf(targets);
        this.fines = List.copyOf(fines);
        this.notes = List.copyOf(notes);
    }

    /** What a sanction sanctions: findings of {@code kind} (null: any) that cite {@code provision} (null: any). */
    public record Target(String kind, String provision, List<String> notes) {
        public Target {
            notes = List.copyOf(notes);
        }

        public boolean matches(String findingKind, String provisionId) {
            return (kind == null || kind.equals(findingKind)) && (provision == null || provision.equals(provisionId));
        }
    }

    /**
     * A fine on one kind of person ({@code natural-person}, {@code official}, {@code individual-entrepreneur},
     * {@code legal-person}): a fixed {@code amount}, or a range {@code from}-{@code to}, in {@code unit} (e.g.
     * {@code calculation-index}).
     */
    public record Fine(String liable, Double amount, Double from, Double to, String unit) {
    }

    public String getId() { return id; }
    @Override public Provision getProvision() { return provision; }
    @Override public Period getPeriod() { return period; }
    @Override public Verification getVerification() { return verification; }
    public List<Target> getTargets() { return targets; }
    public List<Fine> getFines() { return fines; }
    public List<String> getNotes() { return notes; }

    /** The facts the rules match: one per target. */
    public List<SanctionTarget> targetFacts() {
        return targets.stream().map(t -> new SanctionTarget(this, t.kind(), t.provision())).toList();
    }

    @Override
    public String toString() {
        return "sanction " + id + " " + period;
    }
}
