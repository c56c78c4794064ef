package org.hazlex.legislation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An act: a code, law, decree or order, with its dates and sources.
 *
 * @param citation how findings cite it, in English
 * @param citations how findings cite it, by language, English included
 */
public record Instrument(String id, String country, String kind, String number, LocalDate adopted, Period period,
                         Map<String, String> titles, String citation, LocalText citations, List<Source> sources,
                         List<String> notes) {

    /** The citation in a language (English where the data has none in it). */
    public String citation(String lang) {
        return citations.in(lang);
    }
}
