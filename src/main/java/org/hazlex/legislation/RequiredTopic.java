package org.hazlex.legislation;

import java.util.Locale;

/**
 * A topic the minors' rules of a country need a value for (legislation/README.md, "Coverage"). Where none is in
 * force on a date, the engine derives a gap of {@link #gapTopic()}, so a job that could turn on it is never
 * compliant.
 */
public enum RequiredTopic {
    ADULT_AGE("all", "the age from which the minors' rules stop applying (age.adult)"),
    MINIMUM_AGE("minimum-age", "the general minimum age of employment (minimum-age.general)"),
    HAZARDOUS_LIST("hazardous-work", "the list of work banned for minors"),
    LOAD_NORMS("load-limit", "the load norms for minors (load.single)"),
    DAILY_HOURS("working-time", "the daily hours limit (hours.daily)"),
    WEEKLY_HOURS("working-time", "the weekly hours limit (hours.weekly)"),
    NIGHT_WORK("night-work", "the night window and the ban on minors' night work"),
    OVERTIME("other-bans", "the ban on minors' overtime");

    private final String gapTopic;
    private final String description;

    RequiredTopic(String gapTopic, String description) {
        this.gapTopic = gapTopic;
        this.description = description;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The topic of the gap derived when no value is in force ({@code all} for the adult age: no one can be placed). */
    public String gapTopic() {
        return gapTopic;
    }

    /** What is missing, in English (for {@code laws}). */
    public String description() {
        return description;
    }

    static RequiredTopic of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
