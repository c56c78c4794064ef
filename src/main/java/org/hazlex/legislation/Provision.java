package org.hazlex.legislation;

import java.time.LocalDate;
import java.util.List;

/** An article, paragraph or item of an instrument: what every finding cites. */
public record Provision(String id, Instrument instrument, String article, Verification verification, Period period,
                        String source, LocalDate lastChecked, String summary, List<String> notes) {

    public String country() {
        return instrument.country();
    }
}
