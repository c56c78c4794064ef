package org.hazlex.legislation;

import java.time.LocalDate;
import java.util.List;

/**
 * An article, paragraph or item of an instrument: what every finding cites.
 *
 * @param article the article label in English ({@code Art. 74(2)})
 * @param articles the article label by language, English included ({@code ч. 2 ст. 74} in Russian)
 */
public record Provision(String id, Instrument instrument, String article, Verification verification, Period period,
                        String source, LocalDate lastChecked, String summary, List<String> notes, LocalText articles) {

    public String country() {
        return instrument.country();
    }

    /** The article label in a language (English where the data has no label in it). */
    public String article(String lang) {
        return articles.in(lang);
    }
}
