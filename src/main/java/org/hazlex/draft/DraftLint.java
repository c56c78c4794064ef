package org.hazlex.draft;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hazlex.legislation.Codes;
import org.hazlex.legislation.CountryLaw;
import org.hazlex.legislation.DraftLaw;
import org.hazlex.legislation.Extent;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.LegislationException;
import org.hazlex.legislation.LegislationLoader;
import org.hazlex.legislation.ListEntry;

/**
 * Checks a draft list: schema and id errors (the loader's, exactly as for the law in force), duplicate and
 * overlapping entries, entries without a hazard tag or R190 category, unknown ISCO-08 / ISIC Rev.4 codes, and every
 * way the draft protects less than the list in force (an entry removed, a lower age, fewer codes or hazard tags, a
 * shortened wording), each with both versions; and the R190 coverage matrix before and after.
 */
public final class DraftLint {
    public static final List<String> R190 = List.of("a", "b", "c", "d", "e");

    /** Errors make the draft unusable; warnings need the group's attention (less protection among them). */
    public enum Severity { error, warning }

    /**
     * One finding of the lint: {@code code} selects the message {@code draft.lint.<code>}; {@code lessProtective}
     * marks a weakening against the list in force; {@code before}/{@code after} hold both versions where relevant.
     */
    public record Issue(Severity severity, String code, String entry, boolean lessProtective, Map<String, Object> args,
                        String before, String after) {
    }

    /** Entries per R190 para. 3 category ("none": entries with no category) in the list in force and in the draft. */
    public record Coverage(String category, int before, int after) {
    }

    public record Report(String draft, String country, String baseList, LocalDate on, int entriesBefore, int entriesAfter,
                         List<Issue> issues, List<Coverage> coverage, DraftLaw law) {
        public long count(Severity s) {
            return issues.stream().filter(i -> i.severity() == s).count();
        }

        public long lessProtective() {
            return issues.stream().filter(Issue::lessProtective).count();
        }
    }

    private DraftLint() {
    }

    /** Lints the draft in {@code in} (named {@code name}) against {@code base}'s list in force on {@code on}. */
    public static Report lint(String name, InputStream in, LegislationLoader loader, CountryLaw base, LocalDate on) {
        List<Issue> issues = new ArrayList<>();
        DraftLaw draft;
        try {
            draft = loader.loadDraft(name, in);
        } catch (LegislationException e) {
            e.problems().forEach(p -> issues.add(new Issue(Severity.error, "schema", null, false, Map.of("problem", p), null, null)));
            return new Report(name, base == null ? null : base.country(), null, on, 0, 0, issues, List.of(), null);
        }
        HazardList before = base == null ? null : base.on(on).list().orElse(null);
        if (base == null || !base.country().equals(draft.country())) {
            issues.add(new Issue(Severity.error, "country", null, false, Map.of("country", draft.country()), null, null));
        }
        java.util.OptionalInt adultAge = adultAge(base, on);
        if (base != null && adultAge.isEmpty()) {
            issues.add(new Issue(Severity.error, "no-adult-age", null, false, Map.of("country", base.country()), null, null));
        }
        int adult = adultAge.orElse(Integer.MAX_VALUE);   // with no adult age, an entry without minAge bans every age
        HazardList after = draft.list();
        Codes codes = null;
        try {
            codes = Codes.packaged();
        } catch (IllegalStateException e) {
            issues.add(new Issue(Severity.error, "codes-missing", null, false, Map.of("problem", e.getMessage()), null, null));
        }
        Set<String> touched = new HashSet<>();
        for (ListEntry e : after.entries().values()) {
            ListEntry b = before == null ? null : before.entries().get(e.getId());
            if (b == null || !Changes.of(b, e, adult).isEmpty()) {
                touched.add(e.getId());
            }
        }
        duplicates(after, touched, issues);
        for (ListEntry e : after.entries().values()) {
            Severity s = touched.contains(e.getId()) ? Severity.error : Severity.warning;
            if (e.getHazards().isEmpty()) {
                issues.add(new Issue(s, "no-hazard", e.getId(), false, Map.of("entry", e.getId()), null, null));
            }
            if (e.getR190().isEmpty()) {
                issues.add(new Issue(s, "no-r190", e.getId(), false, Map.of("entry", e.getId()), null, null));
            }
            if (codes != null) {
                for (String c : new TreeSet<>(e.getIsco08().keySet())) {
                    if (!codes.isco(c)) {
                        issues.add(new Issue(Severity.error, "unknown-isco", e.getId(), false,
                                Map.of("entry", e.getId(), "code", c), null, null));
                    }
                }
                for (String c : e.getIsic4()) {
                    if (!codes.isic(c)) {
                        issues.add(new Issue(Severity.error, "unknown-isic", e.getId(), false,
                                Map.of("entry", e.getId(), "code", c), null, null));
                    }
                }
            }
        }
        if (before != null && adultAge.isPresent()) {
            weakenings(before, after, adult, issues);
        }
        List<Coverage> coverage = new ArrayList<>();
        for (String c : R190) {
            coverage.add(new Coverage(c, count(before, c), count(after, c)));
        }
        coverage.add(new Coverage("none", count(before, null), count(after, null)));
        return new Report(name, draft.country(), before == null ? null : before.id(), on,
                before == null ? 0 : before.entries().size(), after.entries().size(), issues, coverage, draft);
    }

    /**
     * The adult age (below which the list bans the work) in force on the date, from the law's {@code age.adult}
     * value; empty where the law has none for that date (the commands refuse to compare ages then).
     */
    public static java.util.OptionalInt adultAge(CountryLaw base, LocalDate on) {
        if (base == null) {
            return java.util.OptionalInt.empty();
        }
        return base.on(on).values().stream().filter(v -> v.getQuantity().equals("age.adult"))
                .mapToInt(v -> (int) v.getValue()).findFirst();
    }

    /** As {@link #adultAge}, or an error naming the country and date. */
    public static int requireAdultAge(CountryLaw base, LocalDate on) {
        return adultAge(base, on).orElseThrow(() -> new IllegalArgumentException("the adult age (age.adult) of "
                + (base == null ? "the country" : base.country()) + " on " + on
                + " is not encoded, so the list's ages cannot be compared"));
    }

    private static void weakenings(HazardList before, HazardList after, int adult, List<Issue> issues) {
        for (ListEntry b : before.entries().values()) {
            ListEntry a = after.entries().get(b.getId());
            if (a == null) {
                issues.add(new Issue(Severity.warning, "removed", b.getId(), true, Map.of("entry", b.getId(), "label",
                        b.getLabel()), b.getLabel(), null));
                continue;
            }
            int ab = Changes.age(b, adult);
            int aa = Changes.age(a, adult);
            if (aa < ab) {
                issues.add(new Issue(Severity.warning, "age-lowered", b.getId(), true,
                        Map.of("entry", b.getId(), "before", ab, "after", aa), String.valueOf(ab), String.valueOf(aa)));
            }
            removed(issues, "isco-removed", b, b.getIsco08().keySet(), a.getIsco08().keySet());
            removed(issues, "isic-removed", b, b.getIsic4(), a.getIsic4());
            if (!a.getScope().contains("*")) {
                removed(issues, "scope-narrowed", b, b.getScope().contains("*") ? List.of("*") : b.getScope(), a.getScope());
            }
            if (b.getExtent() != a.getExtent() && (b.getExtent() == Extent.PRODUCTION
                    || (b.getExtent() == Extent.WORKPLACE && a.getExtent() == Extent.OCCUPATION))) {
                issues.add(new Issue(Severity.warning, "extent-narrowed", b.getId(), true, Map.of("entry", b.getId(),
                        "before", b.getExtent().code(), "after", a.getExtent().code()), b.getExtent().code(), a.getExtent().code()));
            }
            removed(issues, "terms-removed", b, b.getTerms(), a.getTerms());
            if (a.isQualified() && (!b.isQualified() || !a.getQualifier().hazards().containsAll(b.getQualifier().hazards())
                    || !a.getQualifier().terms().containsAll(b.getQualifier().terms()))) {
                issues.add(new Issue(Severity.warning, "qualifier-narrowed", b.getId(), true, Map.of("entry", b.getId()),
                        Changes.qualifier(b), Changes.qualifier(a)));
            }
            removed(issues, "hazard-removed", b, b.getHazards(), a.getHazards());
            Set<String> confirmedBefore = new TreeSet<>();
            b.getCovers().forEach((t, c) -> {
                if (!"suspected".equals(c)) {
                    confirmedBefore.add(t);
                }
            });
            Set<String> confirmedAfter = new TreeSet<>();
            a.getCovers().forEach((t, c) -> {
                if (!"suspected".equals(c)) {
                    confirmedAfter.add(t);
                }
            });
            removed(issues, "covers-removed", b, b.getCovers().keySet(), a.getCovers().keySet());
            Set<String> downgraded = new TreeSet<>(confirmedBefore);
            downgraded.removeAll(confirmedAfter);
            downgraded.retainAll(a.getCovers().keySet());
            if (!downgraded.isEmpty()) {
                issues.add(new Issue(Severity.warning, "covers-downgraded", b.getId(), true,
                        Map.of("entry", b.getId(), "tags", String.join(", ", downgraded)),
                        Changes.sorted(Changes.covers(b)), Changes.sorted(Changes.covers(a))));
            }
            Set<String> wb = words(b.getLabel());
            Set<String> wa = words(a.getLabel());
            Set<String> lost = new TreeSet<>(wb);
            lost.removeAll(wa);
            if (!lost.isEmpty() && wa.size() < wb.size()) {
                issues.add(new Issue(Severity.warning, "wording-shortened", b.getId(), true,
                        Map.of("entry", b.getId(), "words", String.join(", ", lost)), b.getLabel(), a.getLabel()));
            }
        }
    }

    private static void removed(List<Issue> issues, String code, ListEntry b, java.util.Collection<String> before,
                                java.util.Collection<String> after) {
        Set<String> gone = new TreeSet<>(before);
        gone.removeAll(after);
        if (!gone.isEmpty()) {
            issues.add(new Issue(Severity.warning, code, b.getId(), true, Map.of("entry", b.getId(), "codes",
                    String.join(", ", gone)), Changes.sorted(before), Changes.sorted(after)));
        }
    }

    private static void duplicates(HazardList list, Set<String> touched, List<Issue> issues) {
        Map<String, List<ListEntry>> bySection = new LinkedHashMap<>();
        list.entries().values().forEach(e -> bySection.computeIfAbsent(e.getSection(), k -> new ArrayList<>()).add(e));
        for (List<ListEntry> es : bySection.values()) {
            for (int i = 0; i < es.size(); i++) {
                for (int j = i + 1; j < es.size(); j++) {
                    ListEntry x = es.get(i);
                    ListEntry y = es.get(j);
                    if (!touched.contains(x.getId()) && !touched.contains(y.getId())) {
                        continue;
                    }
                    String nx = norm(x.getLabel());
                    String ny = norm(y.getLabel());
                    boolean sameSub = java.util.Objects.equals(x.getSubsection(), y.getSubsection());
                    if (nx.equals(ny) && sameSub) {
                        issues.add(new Issue(Severity.error, "duplicate", y.getId(), false,
                                Map.of("entry", y.getId(), "other", x.getId()), x.getLabel(), y.getLabel()));
                    } else if (!nx.equals(ny) && (contains(nx, ny) || contains(ny, nx))) {
                        issues.add(new Issue(Severity.warning, "overlap", y.getId(), false,
                                Map.of("entry", y.getId(), "other", x.getId()), x.getLabel(), y.getLabel()));
                    }
                }
            }
        }
    }

    /** Whether the shorter wording (two words at least) appears, word for word, inside the longer. */
    private static boolean contains(String longer, String shorter) {
        return shorter.indexOf(' ') > 0 && (" " + longer + " ").contains(" " + shorter + " ");
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Set<String> words(String s) {
        return new TreeSet<>(Arrays.asList(norm(s).split(" ")));
    }

    private static int count(HazardList l, String category) {
        if (l == null) {
            return 0;
        }
        return (int) l.entries().values().stream()
                .filter(e -> category == null ? e.getR190().isEmpty() : e.getR190().contains(category)).count();
    }
}
