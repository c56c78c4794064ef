package org.hazlex.legislation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The encoded law of every country, loaded and checked once. */
public final class LawBook {
    private final Map<String, CountryLaw> countries;

    public LawBook(Map<String, CountryLaw> countries) {
        this.countries = new TreeMap<>(countries);
    }

    public Optional<CountryLaw> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    public Set<String> countries() {
        return countries.keySet();
    }

}
