package org.hazlex.engine;

/**
 * Derived: a judge recorded a finding (its kind and the provision it cites) for the subject. Inserted logically by
 * {@link FindingSink} while the judge's match holds, so that the sanction rule can attach the sanctions the law
 * attaches to such findings. {@code key} identifies the finding within the subject's findings.
 */
public final class Found {
    private final Subject subject;
    private final String key;
    private final String kind;
    private final String provisionId;

    Found(Subject subject, String key, String kind, String provisionId) {
        this.subject = subject;
        this.key = key;
        this.kind = kind;
        this.provisionId = provisionId;
    }

    public Subject getSubject() { return subject; }
    public String getKey() { return key; }
    public String getKind() { return kind; }
    public String getProvisionId() { return provisionId; }

    @Override
    public String toString() {
        return "Found[" + kind + " " + provisionId + " " + key + "]";
    }
}
