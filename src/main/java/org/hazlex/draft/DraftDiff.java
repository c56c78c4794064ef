package org.hazlex.draft;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hazlex.assess.Assessor;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Result;
import org.hazlex.intake.Submission;
import org.hazlex.legislation.Codes;
import org.hazlex.legislation.CountryLaw;
import org.hazlex.legislation.DraftLaw;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.ListEntry;

/**
 * What a draft changes: the entries added, removed and changed against the list in force; and, over a corpus of
 * job descriptions (JSONL, one job per line), every job whose verdict or findings change when the draft stands in
 * for the list in force, with counts by ISIC Rev.4 section, ISCO-08 major group and age.
 */
public final class DraftDiff {

    /** An entry added, removed or changed, with both versions of each changed field. */
    public record EntryChange(String id, String kind, String section, String label, String gloss,
                              List<Changes.Change> changes) {
    }

    /**
     * One finding as compared: kind, certainty, and the list entry (with its wording) or, for other findings, the
     * provision. A list entry's finding cites the list it is in, so the same entry under the draft is the same finding.
     */
    public record FindingKey(String kind, String certainty, String provision, String entry, String label)
            implements Comparable<FindingKey> {
        @Override
        public int compareTo(FindingKey o) {
            return toString().compareTo(o.toString());
        }
    }

    /** A job whose result changes under the draft. */
    public record JobChange(String id, Integer age, String isic4, String isco08, String title, String verdictBefore,
                            String verdictAfter, List<FindingKey> added, List<FindingKey> removed) {
    }

    /** Jobs in a group (ISIC section, ISCO major group or age) and how many of them change. */
    public record Count(String key, String title, int jobs, int changed) {
    }

    public record Report(String country, String draftId, Map<String, String> draftTitles, String baseList,
                         Map<String, String> baseTitles, LocalDate on, int entriesBefore, int entriesAfter,
                         List<EntryChange> entries, String corpus, int jobs, int invalid, List<JobChange> changed,
                         List<Count> bySection, List<Count> byMajorGroup, List<Count> byAge,
                         Map<String, Map<String, Integer>> verdicts) {
        public long count(String kind) {
            return entries.stream().filter(e -> e.kind().equals(kind)).count();
        }
    }

    private DraftDiff() {
    }

    /**
     * Compares {@code draft} with the list in force on {@code on} in {@code base}'s law, and, when {@code corpus} is
     * given, assesses every job of it under both.
     */
    public static Report diff(Assessor base, DraftLaw draft, LocalDate on, Path corpus, Clock clock) {
        CountryLaw law = base.laws().country(draft.country()).orElseThrow(
                () -> new IllegalArgumentException("the law of " + draft.country() + " is not encoded"));
        HazardList before = law.on(on).list().orElse(null);
        int adult = DraftLint.requireAdultAge(law, on);
        List<EntryChange> entries = entries(before, draft.list(), adult);
        List<JobChange> changed = new ArrayList<>();
        Map<String, int[]> sections = new TreeMap<>();
        Map<String, int[]> majors = new TreeMap<>();
        Map<String, int[]> ages = new TreeMap<>(Comparator.comparing(DraftDiff::ageOrder));
        Map<String, Map<String, Integer>> verdicts = new TreeMap<>();
        int jobs = 0;
        int invalid = 0;
        if (corpus != null) {
            Assessor under = new Assessor(base.laws().with(law.withList(draft, on)), clock);
            Codes codes = Codes.packaged();
            String source = corpus.getFileName().toString();
            try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    List<Submission> subs = base.read(source + ":" + n,
                            new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))).submissions();
                    for (Submission s : subs) {
                        jobs++;
                        Result a = base.assess(s);
                        Result b = under.assess(s);
                        verdicts.computeIfAbsent(a.verdict().code(), k -> new TreeMap<>()).merge(b.verdict().code(), 1, Integer::sum);
                        if (!s.valid()) {
                            invalid++;
                            continue;
                        }
                        Set<FindingKey> fa = keys(a);
                        Set<FindingKey> fb = keys(b);
                        boolean change = a.verdict() != b.verdict() || !fa.equals(fb);
                        Integer age = s.job().ageOnAssessment();
                        String isic = s.job().job().isic4();
                        String isco = s.job().job().isco08();
                        String sec = codes.isicSection(isic).map(Codes.Code::code).orElse("?");
                        String maj = codes.iscoMajor(isco).map(Codes.Code::code).orElse("?");
                        tally(sections, sec, change);
                        tally(majors, maj, change);
                        tally(ages, age == null ? "?" : String.valueOf(age), change);
                        if (change) {
                            Set<FindingKey> added = new TreeSet<>(fb);
                            added.removeAll(fa);
                            Set<FindingKey> removed = new TreeSet<>(fa);
                            removed.removeAll(fb);
                            changed.add(new JobChange(s.job().id(), age, isic, isco, s.job().job().title(),
                                    a.verdict().code(), b.verdict().code(), List.copyOf(added), List.copyOf(removed)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Report(draft.country(), draft.instrument().id(), draft.instrument().titles(),
                    before == null ? null : before.id(), before == null ? Map.of() : before.titles(), on,
                    before == null ? 0 : before.entries().size(), draft.list().entries().size(), entries, source, jobs,
                    invalid, changed, counts(sections, k -> codes.isicCode(k).map(Codes.Code::title).orElse("")),
                    counts(majors, k -> codes.iscoCode(k).map(Codes.Code::title).orElse("")), counts(ages, k -> ""),
                    verdicts);
        }
        return new Report(draft.country(), draft.instrument().id(), draft.instrument().titles(),
                before == null ? null : before.id(), before == null ? Map.of() : before.titles(), on,
                before == null ? 0 : before.entries().size(), draft.list().entries().size(), entries, null, 0, 0,
                List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    static List<EntryChange> entries(HazardList before, HazardList after, int adult) {
        List<EntryChange> out = new ArrayList<>();
        Map<String, ListEntry> old = before == null ? Map.of() : before.entries();
        for (ListEntry a : after.entries().values()) {
            ListEntry b = old.get(a.getId());
            if (b == null) {
                out.add(new EntryChange(a.getId(), "added", a.getSection(), a.getLabel(), a.getGloss(), List.of()));
            } else {
                List<Changes.Change> c = Changes.of(b, a, adult);
                if (!c.isEmpty()) {
                    out.add(new EntryChange(a.getId(), "changed", a.getSection(), a.getLabel(), a.getGloss(), c));
                }
            }
        }
        for (ListEntry b : old.values()) {
            if (!after.entries().containsKey(b.getId())) {
                out.add(new EntryChange(b.getId(), "removed", b.getSection(), b.getLabel(), b.getGloss(), List.of()));
            }
        }
        return out;
    }

    private static Set<FindingKey> keys(Result r) {
        Set<FindingKey> out = new TreeSet<>();
        for (Finding f : r.findings()) {
            ListEntry e = f.entry();
            // a list entry's finding cites the list it is in; the same entry under the draft is the same finding
            out.add(new FindingKey(f.kind(), f.certainty().name().toLowerCase(java.util.Locale.ROOT),
                    e == null ? f.provision().id() : null, e == null ? null : e.getId(), e == null ? null : e.getLabel()));
        }
        return out;
    }

    private static void tally(Map<String, int[]> m, String key, boolean changed) {
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        if (changed) {
            c[1]++;
        }
    }

    private static List<Count> counts(Map<String, int[]> m, java.util.function.Function<String, String> title) {
        List<Count> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(new Count(k, title.apply(k), v[0], v[1])));
        return out;
    }

    private static String ageOrder(String age) {
        return age.equals("?") ? "~" : String.format("%03d", Integer.parseInt(age));
    }

    /** Verdict codes in display order. */
    public static final List<String> VERDICTS = List.of("violation", "needs-review", "compliant", "invalid");
}
