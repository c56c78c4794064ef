package org.hazlex.legislation;

/** A part of the law that is not encoded for a period. A rule fact. */
public final class LawGap {
    private final String id;
    private final String topic;
    private final Period period;
    private final String description;

    public LawGap(String id, String topic, Period period, String description) {
        this.id = id;
        this.topic = topic;
        this.period = period;
        this.description = description;
    }

    public String getId() { return id; }
    public String getTopic() { return topic; }
    public Period getPeriod() { return period; }
    public String getDescription() { return description; }
}
