package org.hazlex.legislation;

/** A part of the law that is not encoded for a period. A rule fact. */
public final class LawGap {
    private final String id;
    private final String topic;
    private final Period period;
    private final LocalText description;

    public LawGap(String id, String topic, Period period, LocalText description) {
        this.id = id;
        this.topic = topic;
        this.period = period;
        this.description = description;
    }

    public String getId() { return id; }
    public String getTopic() { return topic; }
    public Period getPeriod() { return period; }
    /** The description in English. */
    public String getDescription() { return description.in("en"); }
    /** The description in every language the data gives. */
    public LocalText getDescriptions() { return description; }
}
