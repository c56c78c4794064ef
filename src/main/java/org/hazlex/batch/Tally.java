package org.hazlex.batch;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Result;
import org.hazlex.findings.Verdict;

/**
 * Counts of a batch: jobs by verdict, by country, and by finding kind (a job counts once under each kind it has
 * a finding of). Not thread-safe: each chunk keeps its own, and the writer adds them up in input order.
 */
public final class Tally {
    private long jobs;
    private final Map<String, Long> verdicts = new TreeMap<>();
    private final Map<String, Long> countries = new TreeMap<>();
    private final Map<String, Long> kinds = new TreeMap<>();

    void add(Result r) {
        jobs++;
        verdicts.merge(r.verdict().code(), 1L, Long::sum);
        countries.merge(r.country() == null ? "?" : r.country(), 1L, Long::sum);
        TreeSet<String> seen = new TreeSet<>();
        for (Finding f : r.findings()) {
            seen.add(f.kind());
        }
        seen.forEach(k -> kinds.merge(k, 1L, Long::sum));
    }

    void add(Tally t) {
        jobs += t.jobs;
        t.verdicts.forEach((k, v) -> verdicts.merge(k, v, Long::sum));
        t.countries.forEach((k, v) -> countries.merge(k, v, Long::sum));
        t.kinds.forEach((k, v) -> kinds.merge(k, v, Long::sum));
    }

    public long jobs() {
        return jobs;
    }

    public long count(Verdict v) {
        return verdicts.getOrDefault(v.code(), 0L);
    }

    /** Jobs by verdict code. */
    public Map<String, Long> verdicts() {
        return java.util.Collections.unmodifiableMap(verdicts);
    }

    /** Jobs by country ({@code ?} where the country could not be read). */
    public Map<String, Long> countries() {
        return java.util.Collections.unmodifiableMap(countries);
    }

    /** Jobs with at least one finding of each kind. */
    public Map<String, Long> kinds() {
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
