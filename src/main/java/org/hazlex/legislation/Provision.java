package org.hazlex.legislation;

import java.time.LocalDate;
import java.util.List;

/**
 * An article, paragraph or item of an instrument: what every finding cites.
 *
 * @param article the article label in English ({@code Art. 74(2)})
 * @param articles the article label by language, English included ({@code ч. 2 ст. 74} in Russian)
 * @param wording the provision's own operative words by language (null where the text was not read): the language of
 *                the text read is quoted, English and the languages in {@code wordingTranslated} are translations
 */
public record Provision(String id, Instrument instrument, String article, Verification verification, Period period,
                        String source, LocalDate lastChecked, String summary, List<String> notes, LocalText articles,
                        LocalText wording, java.util.Set<String> wordingTranslated) {

    public Provision {
        wordingTranslated = wordingTranslated == null ? java.util.Set.of() : java.util.Set.copyOf(wordingTranslated);
    }

    public String country() {
        return instrument.country();
    }

    /** The operative words in a language (English where the data has none in it); null where none were encoded. */
    public String wording(String lang) {
        return wording == null ? null : wording.in(lang);
    }

    /** The article label in a language (English where the data has no label in it). */
    public String article(String lang) {
        return articles.in(lang);
    }
}
