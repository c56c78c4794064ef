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
    /** Where references to other countries' lists resolve when this book lacks them (a book with a draft swapped in). */
    private final LawBook base;

    /**
     * A law book of countries already loaded; throws {@link LegislationException} when a list scope of one of them
     * refers to a list none of them holds.
     */
    public LawBook(Map<String, CountryLaw> countries) {
        this.codes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(countries.keySet()));
        this.loaded.putAll(countries);
        this.loader = cc -> {
            throw new IllegalStateException("no law for " + cc);
        };
        this.base = null;
        java.util.List<String> problems = new java.util.ArrayList<>();
        countries.values().forEach(c -> problems.addAll(unresolved(c)));
        if (!problems.isEmpty()) {
            throw new LegislationException(problems);
        }
    }

    private LawBook(Set<String> codes, Map<String, CountryLaw> loaded, Function<String, CountryLaw> loader, LawBook base) {
        this.codes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(codes));
        this.loaded.putAll(loaded);
        this.loader = loader;
        this.base = base;
    }

    /** A law book of the given countries, each loaded by {@code loader} when first asked for. */
    public static LawBook lazy(Set<String> countries, Function<String, CountryLaw> loader) {
        return new LawBook(countries, Map.of(), loader, null);
    }

    public Optional<CountryLaw> country(String code) {
        if (code == null || !codes.contains(code)) {
            return Optional.empty();
        }
        CountryLaw law = loaded.get(code);
        if (law == null) {
            // not computeIfAbsent: loading is slow and must not hold the map's bin lock; a rare double load is harmless
            law = loader.apply(code);
            java.util.List<String> problems = unresolved(law);
            if (!problems.isEmpty()) {
                throw new LegislationException(problems);
            }
            CountryLaw prior = loaded.putIfAbsent(code, law);
            law = prior != null ? prior : law;
        }
        return Optional.of(law);
    }

    /**
     * The list a list scope refers to (another country's complete list, by id: {@code TJ-169} is Tajikistan's), loading
     * that country if needed.
     */
    public Optional<HazardList> referenceList(String listId) {
        int dash = listId.indexOf('-');
        String cc = dash > 0 ? listId.substring(0, dash) : "";
        Optional<HazardList> l = cc.equals("") || !codes.contains(cc) ? Optional.empty()
                : country(cc).flatMap(c -> c.lists().stream().filter(x -> x.id().equals(listId)).findFirst());
        return l.isEmpty() && base != null ? base.referenceList(listId) : l;
    }

    /** The references of a country's list scopes that name no list of another country in this book. */
    private java.util.List<String> unresolved(CountryLaw law) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (ListScope s : law.listScopes()) {
            for (ScopeBound b : s.getBounds()) {
                if (b.kind() == ScopeBound.Kind.REFERENCE && !b.referenceList().startsWith(law.country() + "-")
                        && referenceList(b.referenceList()).isEmpty()) {
                    problems.add(law.country() + ": listScope " + s.getId() + " refers to list " + b.referenceList()
                            + ", which no country's legislation holds");
                }
            }
        }
        return problems;
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
        return new LawBook(cs, m, loader, this);
    }

}
