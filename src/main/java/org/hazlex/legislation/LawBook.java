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

    /** This law book with one country's law replaced (e.g. by {@link CountryLaw#withList}). */
    public LawBook with(CountryLaw law) {
        Map<String, CountryLaw> m = new TreeMap<>(countries);
        m.put(law.country(), law);
        return new LawBook(m);
    }

}
