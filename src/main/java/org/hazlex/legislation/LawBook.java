package org.hazlex.legislation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The encoded law of every country. A law book is either built from countries already loaded, or lazy: it knows
 * which countries exist and loads (parses, schema-validates and cross-checks) each one on first use, once, so a
 * {@code check} of a Tajik job does not pay for Kazakh, Kyrgyz and Uzbek law. A country whose data is not valid
 * throws {@link LegislationException} (naming file and line) on that first use, and again on every later use.
 */
public final class LawBook {
    private final java.util.SortedSet<String> codes;
    private final Map<String, CountryLaw> loaded = new ConcurrentHashMap<>();
    private final Function<String, CountryLaw> loader;

    public LawBook(Map<String, CountryLaw> countries) {
        this.codes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(countries.keySet()));
        this.loaded.putAll(countries);
        this.loader = cc -> {
            throw new IllegalStateException("no law for " + cc);
        };
    }

    private LawBook(Set<String> codes, Map<String, CountryLaw> loaded, Function<String, CountryLaw> loader) {
        this.codes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(codes));
        this.loaded.putAll(loaded);
        this.loader = loader;
    }

    /** A law book of the given countries, each loaded by {@code loader} when first asked for. */
    public static LawBook lazy(Set<String> countries, Function<String, CountryLaw> loader) {
        return new LawBook(countries, Map.of(), loader);
    }

    public Optional<CountryLaw> country(String code) {
        if (code == null || !codes.contains(code)) {
            return Optional.empty();
        }
        CountryLaw law = loaded.get(code);
        if (law == null) {
            // not computeIfAbsent: loading is slow and must not hold the map's bin lock; a rare double load is harmless
            law = loader.apply(code);
            CountryLaw prior = loaded.putIfAbsent(code, law);
            law = prior != null ? prior : law;
        }
        return Optional.of(law);
    }

    /** Every country with encoded law (its folder exists), loaded or not. */
    public Set<String> countries() {
        return codes;
    }

    /** Loads and checks every country now; throws {@link LegislationException} with every problem found. */
    public LawBook loadAll() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (String cc : countries()) {
            try {
                country(cc);
            } catch (LegislationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new LegislationException(problems);
        }
        return this;
    }

    /** This law book with one country's law replaced (e.g. by {@link CountryLaw#withList}). */
    public LawBook with(CountryLaw law) {
        Map<String, CountryLaw> m = new TreeMap<>(loaded);
        m.put(law.country(), law);
        Set<String> cs = new java.util.TreeSet<>(codes);
        cs.add(law.country());
        return new LawBook(cs, m, loader);
    }

}
