package org.hazlex.legislation;

/**
 * A part of the law that is not encoded for a period: written in the data ({@code coverage.xml}), or derived by the
 * engine where a required topic has no value in force ({@link #getDerivedFrom()}). A rule fact.
 */
public final class LawGap {
    private final String id;
    private final String topic;
    private final Period period;
    private final LocalText description;
    private final RequiredTopic derivedFrom;

    public LawGap(String id, String topic, Period period, LocalText description) {
        this(id, topic, period, description, null);
    }

    LawGap(String id, String topic, Period period, LocalText description, RequiredTopic derivedFrom) {
        this.id = id;
        this.topic = topic;
        this.period = period;
        this.description = description;
        this.derivedFrom = derivedFrom;
    }

    /** The gap the engine derives for a required topic with no value in force over {@code period}. */
    static LawGap derived(String country, RequiredTopic t, Period period) {
        return new LawGap(country + "-gap/no-" + t.code(), t.gapTopic(), period,
                LocalText.english("No value is encoded for " + t.description() + " on this date."), t);
    }

    public String getId() { return id; }
    public String getTopic() { return topic; }
    public Period getPeriod() { return period; }
    /** The description in English. */
    public String getDescription() { return description.in("en"); }
    /** The required topic this gap was derived from, or null for a gap written in the data. */
    public RequiredTopic getDerivedFrom() { return derivedFrom; }
    public boolean isDerived() { return derivedFrom != null; }
    /** The description in every language the data gives. */
    public LocalText getDescriptions() { return description; }
}
