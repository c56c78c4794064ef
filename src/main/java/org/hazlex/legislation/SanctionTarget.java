package org.hazlex.legislation;

/**
 * One target of a sanction in force: findings of {@code kind} (null: any kind) citing {@code provision} (null: any
 * provision) carry {@code sanction}. A rule fact.
 */
public final class SanctionTarget {
    private final LawSanction sanction;
    private final String kind;
    private final String provision;

    public SanctionTarget(LawSanction sanction, String kind, String provision) {
        this.sanction = sanction;
        this.kind = kind;
        this.provision = provision;
    }

    public LawSanction getSanction() { return sanction; }
    public String getKind() { return kind; }
    public String getProvision() { return provision; }

    /** Whether a finding of {@code findingKind} citing {@code provisionId} is a target. */
    public boolean matches(String findingKind, String provisionId) {
        return (kind == null || kind.equals(findingKind)) && (provision == null || provision.equals(provisionId));
    }
}
