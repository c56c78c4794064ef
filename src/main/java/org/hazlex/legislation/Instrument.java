package org.hazlex.legislation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An act: a code, law, decree or order, with its dates and sources. */
public record Instrument(String id, String country, String kind, String number, LocalDate adopted, Period period,
                         Map<String, String> titles, String citation, List<Source> sources, List<String> notes) {
}
