package org.hazlex.oracle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hazlex.domain.Job;
import org.hazlex.domain.Load;
import org.hazlex.domain.ShiftTotal;
import org.hazlex.findings.Result;
import org.hazlex.findings.Verdict;
import org.hazlex.legislation.ClauseTag;
import org.hazlex.legislation.Codes;
import org.hazlex.legislation.Extent;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.LawBan;
import org.hazlex.legislation.LawGap;
import org.hazlex.legislation.LawPermission;
import org.hazlex.legislation.LawSnapshot;
import org.hazlex.legislation.LawValue;
import org.hazlex.legislation.LawWindow;
import org.hazlex.legislation.ListEntry;
import org.hazlex.legislation.ListScope;
import org.hazlex.legislation.ListSector;
import org.hazlex.legislation.Provision;
import org.hazlex.legislation.ScopeBound;
import org.hazlex.legislation.Verification;

/**
 * The oracle: the rules of {@code rules/common} written out by hand in plain Java, for the differential test and
 * the benchmark. It reads the same law facts as the engine (the {@link LawSnapshot} in force on the job's date),
 * so it holds no legal number either; it shares no code with the engine's classification ({@code Fit},
 * {@code ClockMath}, {@code Subject} are re-derived here). Test code only, never shipped.
 *
 * <p>Covers the common judges, which are all of Tajikistan's, Uzbekistan's and Kyrgyzstan's rules, and Kazakhstan's
 * own heavy-work rule. How a job meets a list entry and where it stands
 * to a list known only in part (legislation/README.md) are restated here from the data: the job's codes at every
 * level, its words, the entries' scopes, terms and qualifiers, the bounds of a known scope and its reference lists.
 */
public final class HandWrittenEvaluator {

    /** What the differential test compares: verdict, findings (kind|certainty|provision|entry), review notices. */
    public record Outcome(Verdict verdict, List<String> findings, Set<String> reviews) {
    }

    /** A result of the engine in the compared form. */
    public static Outcome of(Result r) {
        List<String> fs = r.findings().stream()
                .map(f -> key(f.kind(), f.certainty().code(), f.provision().id(), f.entry() == null ? null : f.entry().getId()))
                .sorted().toList();
        Set<String> reviews = new TreeSet<>();
        r.warnings().stream().filter(n -> n.review()).forEach(n -> reviews.add(n.code() + "@" + n.path()));
        return new Outcome(r.verdict(), fs, reviews);
    }

    private static String key(String kind, String certainty, String provision, String entry) {
        return kind + "|" + certainty + "|" + provision + (entry == null ? "" : "|" + entry);
    }

    private record F(String kind, boolean confirmed, Provision provision, String entry) {
    }

    /** Evaluates one job (age on the assessment date given) under the law snapshot in force on its date. */
    public Outcome evaluate(Job job, int age, LawSnapshot law) {
        return evaluate(job, age, law, Map.of());
    }

    /**
     * As {@link #evaluate(Job, int, LawSnapshot)}, with the lists the snapshot's list scopes refer to (by id), whose
     * entries place a job inside a known scope.
     */
    public Outcome evaluate(Job job, int age, LawSnapshot law, Map<String, HazardList> references) {
        return new Run(job, age, law, references).run();
    }

    private static final class Run {
        private final Job job;
        private final int age;
        private final LawSnapshot law;
        private final Map<String, F> found = new LinkedHashMap<>();
        private final Set<String> reviews = new TreeSet<>();
        private final Map<String, HazardList> references;
        /** The job's ISIC code at every level (section letter first), its words, and the entries of references it meets. */
        private final List<String> isicPath;
        /** The job's title and description as clauses of words, each word with whether the text denies it. */
        private final List<List<String>> clauses = new ArrayList<>();
        private final List<List<Boolean>> denied = new ArrayList<>();
        private final Set<String> referenceHits = new TreeSet<>();

        Run(Job job, int age, LawSnapshot law, Map<String, HazardList> references) {
            this.job = job;
            this.age = age;
            this.law = law;
            this.references = references;
            this.isicPath = job.job().isic4() == null ? List.of() : path(job.job().isic4());
            clauses((job.job().title() == null ? "" : job.job().title()) + "\n"
                    + (job.job().description() == null ? "" : job.job().description()));
        }

        private List<LawValue> values(String quantity) {
            return law.values().stream().filter(v -> v.getQuantity().equals(quantity)).toList();
        }

        private List<LawBan> bans(String activity) {
            return law.bans().stream().filter(b -> b.getActivity().equals(activity)).toList();
        }

        /** Adds a finding; several under one key give one, the confirmed one if any (law unverified: suspected). */
        private void add(String key, String kind, boolean confirmed, Provision p, Verification v, String entry) {
            boolean c = confirmed && v != Verification.UNVERIFIED;
            F old = found.get(key);
            if (old == null || (!old.confirmed() && c)) {
                found.put(key, new F(kind, c, p, entry));
            }
        }

        private void add(String key, String kind, boolean confirmed, LawValue v) {
            add(key + "|" + v.getProvision().id(), kind, confirmed, v.getProvision(), v.getVerification(), null);
        }

        private void add(String key, String kind, boolean confirmed, LawBan b) {
            add(key + "|" + b.getProvision().id(), kind, confirmed, b.getProvision(), b.getVerification(), null);
        }

        Outcome run() {
            for (LawGap g : law.gaps()) {
                if (g.getTopic().equals("all")) {
                    reviews.add("law-not-encoded@null");
                }
            }
            boolean minor = values("age.adult").stream().anyMatch(a -> a.getValue() > age);
            if (minor) {
                Set<String> topics = topics();
                for (LawGap g : law.gaps()) {
                    boolean bounded = law.listScopes().stream().anyMatch(s -> s.getGapId().equals(g.getId()));
                    if (topics.contains(g.getTopic()) && !bounded) {
                        reviews.add("law-not-encoded@null");
                    }
                }
                minimumAge();
                hazardousWork();
                loads();
                hours();
                night();
                otherBans();
                leaveAndMedical();
            }
            List<String> fs = found.values().stream()
                    .map(f -> key(f.kind(), f.confirmed() ? "confirmed" : "suspected", f.provision().id(), f.entry()))
                    .sorted().toList();
            Verdict verdict = found.values().stream().anyMatch(F::confirmed) ? Verdict.VIOLATION
                    : !found.isEmpty() || !reviews.isEmpty() ? Verdict.NEEDS_REVIEW : Verdict.COMPLIANT;
            return new Outcome(verdict, fs, reviews);
        }

        private Set<String> topics() {
            Set<String> t = new LinkedHashSet<>(List.of("minimum-age", "hazardous-work", "working-time", "night-work"));
            if (!job.loads().isEmpty() || !job.shiftTotals().isEmpty() || job.job().hazards().contains("heavy-loads")) {
                t.add("load-limit");
            }
            var s = job.schedule();
            var j = job.job();
            if (isTrue(j.creativeWork())) {
                t.add("creative-work");
            }
            if (isTrue(s.worksOnRestDays()) || isTrue(s.summarisedAccounting()) || isTrue(j.businessTrips())
                    || isTrue(j.rotationWork()) || isTrue(j.recalledFromLeave()) || isTrue(j.fullMaterialLiability())
                    || isTrue(j.secondJob()) || (s.overtimeHoursPerWeek() != null && s.overtimeHoursPerWeek() > 0)) {
                t.add("other-bans");
            }
            return t;
        }

        // --- who may be employed, and the parent's consent --------------------------------------------------

        private void minimumAge() {
            Boolean pupil = job.worker().inEducation();
            Boolean creative = job.job().creativeWork();
            Boolean consent = job.worker().parentalConsent();
            List<LawValue> general = values("minimum-age.general").stream().filter(v -> v.getValue() > age).toList();
            List<LawValue> pupilAge = values("minimum-age.pupil");
            boolean underPupilAge = pupilAge.stream().anyMatch(v -> v.getValue() > age);
            List<LawValue> education = values("minimum-age.education").stream().filter(v -> v.getValue() <= age).toList();
            List<LawValue> byAgreement = values("minimum-age.by-agreement").stream().filter(v -> v.getValue() <= age).toList();
            boolean pupilWithConsent = isTrue(pupil) && isTrue(consent) && pupilAge.stream().anyMatch(v -> v.getValue() <= age);
            boolean creativeAllowed = law.permissions().stream().anyMatch(p -> p.getKind().equals("creative-work-below-pupil-age"));
            for (LawValue g : general) {
                String k = "minimum-age";
                if (!pupilWithConsent) {
                    for (LawValue a : byAgreement) {
                        add(k + "|by-agreement", "minimum-age", false, a);
                    }
                }
                if (Boolean.FALSE.equals(pupil)) {
                    if (education.isEmpty() && byAgreement.isEmpty()) {
                        add(k + "|not-pupil", "minimum-age", true, g);
                    }
                    for (LawValue e : education) {
                        add(k + "|education", "minimum-age", false, e);
                    }
                }
                if (pupil == null) {
                    if (!(underPupilAge && !isTrue(creative))) {
                        if (!byAgreement.isEmpty()) {
                            continue;
                        }
                        add(k + "|pupil-unknown", "minimum-age", false, g);
                    } else {
                        add(k + "|under-pupil-age", "minimum-age", true, g);
                    }
                }
            }
            if (isTrue(pupil)) {
                for (LawValue p : pupilAge) {
                    if (p.getValue() > age && !isTrue(creative)) {
                        add("pupil-too-young", "minimum-age", true, p);
                    }
                    if (p.getValue() > age && isTrue(creative) && !creativeAllowed) {
                        add("no-creative-exception", "minimum-age", true, p);
                    }
                    if (p.getValue() <= age && !general.isEmpty() && byAgreement.isEmpty()) {
                        if (Boolean.FALSE.equals(consent)) {
                            add("consent-pupil", "consent-missing", true, p);
                        } else if (consent == null) {
                            add("consent-unknown", "consent-missing", false, p);
                        }
                    }
                }
                if (isTrue(creative) && !isTrue(consent) && underPupilAge) {
                    for (LawPermission c : law.permissions()) {
                        if (c.getKind().equals("creative-work-below-pupil-age")) {
                            add("consent-creative|" + c.getProvision().id(), "consent-missing", consent != null,
                                    c.getProvision(), c.getVerification(), null);
                        }
                    }
                }
            }
        }

        // --- the hazardous-work list and the general ban --------------------------------------------------------

        private void hazardousWork() {
            Map<String, ListEntry> entries = law.list().map(HazardList::entries).orElse(Map.of());
            Set<String> items = new LinkedHashSet<>(job.job().listItems());
            Set<String> coveredTags = new TreeSet<>();
            String isco = job.job().isco08();
            String isic = job.job().isic4();
            for (String item : items) {
                ListEntry e = entries.get(item);
                if (e != null && bans(e)) {
                    entry(e, true);
                } else if (e == null) {
                    law.list().ifPresent(l -> add("unknown-item|" + l.provision().id() + "|" + item, "hazardous-work", false,
                            l.provision(), l.getVerification(), null));
                }
            }
            for (ListEntry e : entries.values()) {
                Boolean m = meets(e);
                if (m != null) {
                    entry(e, m);
                }
                for (String tag : job.job().hazards()) {
                    if (bans(e) && e.getCovers().containsKey(tag)) {
                        coveredTags.add(tag);
                    }
                }
            }
            for (HazardList ref : references.values()) {
                for (ListEntry e : ref.entries().values()) {
                    if (meets(e) != null) {
                        referenceHits.add(e.getId());
                    }
                }
            }
            for (String tag : job.job().hazards()) {
                if (coveredTags.contains(tag)) {
                    continue;
                }
                for (ClauseTag c : law.clauseTags()) {
                    if (c.getTag().equals(tag)) {
                        add("general-ban|" + c.getProvision().id() + "|" + tag, "hazardous-work",
                                c.getCertainty().equals("confirmed"), c.getProvision(), c.getVerification(), null);
                    }
                }
            }
            if (isic == null) {
                boolean productions = entries.values().stream().anyMatch(e -> e.getExtent() == Extent.PRODUCTION && bans(e));
                if (law.list().isPresent() && productions) {
                    reviews.add("fact-missing@job.isic4");
                }
            } else {
                for (ListSector g : law.sectors()) {
                    if (g.isReference()) {
                        continue;
                    }
                    boolean in = g.isPossible() ? g.getIsic4Prefix().equals(isic) : isicPath.contains(g.getIsic4Prefix());
                    if (!in) {
                        continue;
                    }
                    if (!g.isComplete()) {
                        add("section|" + g.getProvision().id() + "|" + g.getSection().number(), "hazardous-work", false,
                                g.getProvision(), g.getVerification(), null);
                    } else if (g.isOccupations() && (isco == null || isco.length() < 3) && items.isEmpty()) {
                        reviews.add("fact-missing@job.isco08");
                    }
                }
            }
            knownScopes(items);
        }

        private boolean bans(ListEntry e) {
            return e.getMinAge() == null || e.getMinAge() > age;
        }

        /**
         * Whether the job meets an entry other than by a named item: null when not, else whether certainly (covering
         * tag, occupation code, term, production) - the rules of legislation/README.md, "How a job meets a list entry".
         */
        private Boolean meets(ListEntry e) {
            if (!bans(e)) {
                return null;
            }
            Boolean best = null;
            for (String tag : job.job().hazards()) {
                String c = e.getCovers().get(tag);
                if (c != null) {
                    best = better(best, c.equals("confirmed"));
                }
            }
            String isco = job.job().isco08();
            String isic = job.job().isic4();
            boolean inside = e.getScope().contains("*") || e.getScope().stream().anyMatch(isicPath::contains);
            boolean possibly = !inside && isic != null
                    && e.getScope().stream().anyMatch(c -> !c.equals("*") && !c.equals(isic) && path(c).contains(isic));
            boolean byTag = job.job().hazards().stream().anyMatch(t -> e.getQualifier().hazards().contains(t));
            boolean byTerm = e.getQualifier().terms().stream().anyMatch(this::occurs);
            if (isco != null) {
                for (Map.Entry<String, Boolean> code : e.getIsco08().entrySet()) {
                    String c = code.getKey();
                    boolean same = c.equals(isco);
                    if (!same && !isco.startsWith(c) && !c.startsWith(isco)) {
                        continue;
                    }
                    if (same && code.getValue() && inside && (!e.isQualified() || byTag)) {
                        best = better(best, true);
                    } else if (inside || possibly || isic == null || byTag || byTerm) {
                        best = better(best, false);
                    }
                }
            }
            if (e.getTerms().stream().anyMatch(this::occurs)) {
                if (e.getExtent() == Extent.WORKPLACE && inside) {
                    best = better(best, true);
                } else if (inside || possibly || isic == null) {
                    best = better(best, false);
                }
            }
            if (e.getExtent() == Extent.PRODUCTION && isic != null) {
                if (e.getScope().stream().anyMatch(isicPath::contains)) {
                    best = better(best, true);
                } else if (possibly) {
                    best = better(best, false);
                }
            }
            return best;
        }

        private static Boolean better(Boolean a, boolean b) {
            return a == null ? b : a || b;
        }

        /**
         * Whether a term (one or more words) occurs in the job's text: consecutive words of one clause start with its
         * words, and the text denies none of them.
         */
        private boolean occurs(String term) {
            String[] t = term.split(" ");
            for (int c = 0; c < clauses.size(); c++) {
                List<String> words = clauses.get(c);
                for (int i = 0; i + t.length <= words.size(); i++) {
                    boolean all = true;
                    for (int k = 0; k < t.length && all; k++) {
                        all = words.get(i + k).startsWith(t[k]) && !denied.get(c).get(i + k);
                    }
                    if (all) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static final Set<String> NEGATIONS = Set.of("не", "нет", "ни", "no", "not", "never", "none", "cannot",
                "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "emas", "yoq");
        private static final Set<String> BOUNDS = Set.of("более", "менее", "больше", "меньше", "свыше", "позднее",
                "позже", "ранее", "раньше", "реже", "чаще", "старше", "моложе", "more", "less", "later", "earlier",
                "over", "under", "longer", "shorter");

        /**
         * Splits a text into clauses (at . ; : ! ? and line breaks) of words; a clause with a negation that bounds no
         * quantity denies all its words, "без" or "without" the three words after it.
         */
        private void clauses(String text) {
            for (String part : text.split("[.;:!?\\n\\r]+")) {
                List<String> ws = words(part);
                if (ws.isEmpty()) {
                    continue;
                }
                boolean negated = false;
                for (int i = 0; i < ws.size(); i++) {
                    negated |= NEGATIONS.contains(ws.get(i)) && !(i + 1 < ws.size() && BOUNDS.contains(ws.get(i + 1)));
                }
                List<Boolean> d = new ArrayList<>();
                for (int i = 0; i < ws.size(); i++) {
                    boolean byWithout = false;
                    for (int k = Math.max(0, i - 3); k < i; k++) {
                        byWithout |= ws.get(k).equals("без") || ws.get(k).equals("without");
                    }
                    d.add(negated || byWithout);
                }
                clauses.add(ws);
                denied.add(d);
            }
        }

        /** A list known only in part: its gap matters to a job inside its known scope or lacking the facts to place it. */
        private void knownScopes(Set<String> items) {
            String isco = job.job().isco08();
            String isic = job.job().isic4();
            for (ListScope s : law.listScopes()) {
                if (law.gaps().stream().noneMatch(g -> g.getId().equals(s.getGapId()))) {
                    continue;
                }
                boolean inside = !items.isEmpty();
                for (ScopeBound b : s.getBounds()) {
                    inside |= switch (b.kind()) {
                        case SECTOR -> isic != null && b.codes().stream().anyMatch(c -> isicPath.contains(c)
                                || (!c.equals(isic) && path(c).contains(isic)));
                        case OCCUPATION -> isco != null && b.codes().stream().anyMatch(c -> isco.startsWith(c) || c.startsWith(isco));
                        case HAZARD -> job.job().hazards().stream().anyMatch(b.codes()::contains);
                        case WORKPLACE -> b.codes().stream().anyMatch(this::occurs);
                        case REFERENCE -> references.containsKey(b.referenceList()) && references.get(b.referenceList())
                                .entries().keySet().stream().anyMatch(referenceHits::contains);
                    };
                }
                if (inside) {
                    reviews.add("law-not-encoded@null");
                } else {
                    if (isic == null) {
                        reviews.add("fact-missing@job.isic4");
                    }
                    if (isco == null || isco.length() < 3) {
                        reviews.add("fact-missing@job.isco08");
                    }
                }
            }
        }

        /** An ISIC code at every level, from its section letter to itself, read from the shipped code list. */
        private static List<String> path(String code) {
            java.util.LinkedList<String> out = new java.util.LinkedList<>();
            for (var c = Codes.shared().isicCode(code); c.isPresent(); c = c.get().parent().isEmpty()
                    ? java.util.Optional.empty() : Codes.shared().isicCode(c.get().parent())) {
                out.addFirst(c.get().code());
            }
            return out;
        }

        /** The words of a text: lower case, ё as е, runs of letters and digits. */
        private static List<String> words(String text) {
            List<String> out = new ArrayList<>();
            for (String w : text.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
            return out;
        }

        private void entry(ListEntry e, boolean confirmed) {
            add("entry|" + e.getId(), "hazardous-work", confirmed, e.getProvision(), e.getVerification(), e.getId());
        }

        // --- loads ----------------------------------------------------------------------------------------------

        private void loads() {
            List<LawValue> single = values("load.single");
            int i = 0;
            for (Load l : job.loads()) {
                part("load", i++, l.kg(), l.frequency() == null ? null : l.frequency().code(), null, single);
            }
            // Kazakhstan's own rule (rules/KZ/heavy-work.drl): constant carrying at or above the weight of the Code's
            // definition of heavy work is to confirm (the definition also needs an energy use no job carries)
            i = 0;
            for (Load l : job.loads()) {
                for (LawValue h : values("load.heavy-work")) {
                    if (l.frequency() != null && l.frequency().code().equals("constant") && h.getValue() <= l.kg()) {
                        add("heavy-work|" + i, "hazardous-work", false, h);
                    }
                }
                i++;
            }
            i = 0;
            List<LawValue> shift = values("load.shift-total");
            for (ShiftTotal t : job.shiftTotals()) {
                part("shift-total", i++, t.kg(), null, t.liftedFrom().code(), shift);
            }
        }

        /**
         * One load against its norms: every norm that fits under some reading of an unknown sex or frequency. Above the
         * most lenient: found on every reading (as certain as that norm applies); above the strictest only: to confirm.
         */
        private void part(String kind, int index, double kg, String frequency, String liftedFrom, List<LawValue> norms) {
            List<LawValue> fitting = new ArrayList<>();
            List<Boolean> certain = new ArrayList<>();
            for (LawValue v : norms) {
                Boolean c = fits(v, frequency, liftedFrom, true);
                if (c != null) {
                    fitting.add(v);
                    certain.add(c);
                }
            }
            if (values("load.single").isEmpty() && values("load.shift-total").isEmpty()) {
                for (LawBan b : bans("loads-above-norms")) {
                    add("norms-not-encoded|" + kind + index, "load-limit", false, b);
                }
                return;
            }
            if (fitting.isEmpty()) {
                for (LawValue t : values("load.single")) {
                    add("no-norm|" + kind + index, "load-limit", false, t);
                }
                return;
            }
            double min = fitting.stream().mapToDouble(LawValue::getValue).min().orElseThrow();
            double max = fitting.stream().mapToDouble(LawValue::getValue).max().orElseThrow();
            for (int k = 0; k < fitting.size(); k++) {
                LawValue v = fitting.get(k);
                if (v.getValue() == max && kg > max) {
                    add("load|" + kind + index, "load-limit", certain.get(k), v);
                } else if (v.getValue() == min && kg > min && kg <= max) {
                    add("load-some|" + kind + index, "load-limit", false, v);
                }
            }
        }

        // --- hours ----------------------------------------------------------------------------------------------

        private void hours() {
            Double perDay = job.schedule().hoursPerDay();
            Double perWeek = job.schedule().hoursPerWeek();
            hourLimit("hours.daily", "daily-hours", perDay, true, "schedule.hoursPerDay");
            hourLimit("hours.weekly", "weekly-hours", perWeek, false, "schedule.hoursPerWeek");
        }

        private void hourLimit(String quantity, String kind, Double actual, boolean possibleToo, String path) {
            List<LawValue> sure = new ArrayList<>();
            List<LawValue> maybe = new ArrayList<>();
            for (LawValue v : values(quantity)) {
                Boolean c = fits(v, null, null, false);
                if (c != null) {
                    (c ? sure : maybe).add(v);
                }
            }
            if (sure.isEmpty() && maybe.isEmpty()) {
                return;
            }
            if (actual == null) {
                reviews.add("fact-missing@" + path);
                return;
            }
            double minSure = sure.stream().mapToDouble(LawValue::getValue).min().orElse(Double.POSITIVE_INFINITY);
            for (LawValue v : sure) {
                if (v.getValue() == minSure && actual > minSure) {
                    add(kind + "|sure", kind, true, v);
                }
            }
            if (!possibleToo || minSure < actual) {
                return;
            }
            double minMaybe = maybe.stream().mapToDouble(LawValue::getValue).min().orElse(Double.POSITIVE_INFINITY);
            for (LawValue v : maybe) {
                if (v.getValue() == minMaybe && actual > minMaybe) {
                    add(kind + "|maybe", kind, false, v);
                }
            }
        }

        /**
         * Whether a value applies to this worker (and load): TRUE certainly, FALSE only possibly (school term or
         * working week unknown), null not at all. Unknown sex or frequency: every value fits (the strictest wins).
         */
        private Boolean fits(LawValue v, String frequency, String liftedFrom, boolean load) {
            if ((v.getAgeFrom() != null && age < v.getAgeFrom()) || (v.getAgeTo() != null && age > v.getAgeTo())) {
                return null;
            }
            String sex = job.worker().sex() == null ? null : job.worker().sex().code();
            if (v.getSex() != null && sex != null && !v.getSex().equals(sex)) {
                return null;
            }
            if (v.getFrequency() != null && frequency != null && !v.getFrequency().equals(frequency)) {
                return null;
            }
            if (v.getLiftedFrom() != null && (!load || !v.getLiftedFrom().equals(liftedFrom))) {
                return null;
            }
            boolean certain = true;
            if (v.getDaysPerWeek() != null) {
                Integer days = days();
                if (days == null) {
                    certain = false;
                } else if (!v.getDaysPerWeek().equals(days)) {
                    return null;
                }
            }
            if (v.getPupilInTerm() != null) {
                Boolean inEducation = job.worker().inEducation();
                Boolean term = job.schedule().schoolTerm();
                if (Boolean.FALSE.equals(inEducation) || Boolean.FALSE.equals(term)) {
                    if (v.getPupilInTerm()) {
                        return null;
                    }
                } else if (isTrue(inEducation) && isTrue(term)) {
                    if (!v.getPupilInTerm()) {
                        return null;
                    }
                } else {
                    certain = false;
                }
            }
            return certain;
        }

        private Integer days() {
            var s = job.schedule();
            if (s.daysPerWeek() != null) {
                return s.daysPerWeek();
            }
            if (s.hoursPerDay() == null || s.hoursPerWeek() == null || s.hoursPerDay() <= 0) {
                return null;
            }
            return s.hoursPerWeek() > 5 * s.hoursPerDay() ? 6 : null;
        }

        // --- night work -----------------------------------------------------------------------------------------

        private void night() {
            List<LawBan> bans = bans("night-work");
            var s = job.schedule();
            if (s.start() == null || s.end() == null) {
                if (!bans.isEmpty()) {
                    reviews.add("fact-missing@schedule.start");
                }
                return;
            }
            int start = s.start().toSecondOfDay() / 60;
            int end = s.end().toSecondOfDay() / 60;
            for (LawWindow w : law.windows()) {
                if (!w.getQuantity().equals("night")) {
                    continue;
                }
                int overlap = overlap(start, end, w.getFrom().toSecondOfDay() / 60, w.getTo().toSecondOfDay() / 60);
                if (overlap > 0) {
                    for (LawBan b : bans) {
                        add("night|" + w.getFrom() + "-" + w.getTo(), "night-work", !excepted(b), b);
                    }
                }
            }
        }

        /** Minutes two clock spans share; a span whose end is not after its start runs past midnight. */
        private static int overlap(int aFrom, int aTo, int bFrom, int bTo) {
            int total = 0;
            int a1 = aTo > aFrom ? aTo : aTo + 1440;
            for (int day = -1; day <= 1; day++) {
                int b0 = bFrom + day * 1440;
                int b1 = (bTo > bFrom ? bTo : bTo + 1440) + day * 1440;
                total += Math.max(0, Math.min(a1, b1) - Math.max(aFrom, b0));
            }
            return total;
        }

        // --- other bans -----------------------------------------------------------------------------------------

        private void otherBans() {
            var s = job.schedule();
            var j = job.job();
            ban(s.overtimeHoursPerWeek() != null && s.overtimeHoursPerWeek() > 0, "overtime", "overtime");
            ban(isTrue(s.summarisedAccounting()), "summarised-accounting", "summarised-accounting");
            ban(isTrue(j.businessTrips()), "business-trips", "business-trip");
            ban(isTrue(j.rotationWork()), "rotation-work", "rotation-work");
            ban(isTrue(j.recalledFromLeave()), "recall-from-leave", "recall-from-leave");
            ban(isTrue(j.fullMaterialLiability()), "full-material-liability", "material-liability");
            ban(isTrue(j.secondJob()), "second-job", "second-job");
            if (isTrue(s.worksOnRestDays())) {
                for (LawBan b : bans("rest-day-work")) {
                    add("rest-day|" + b.getScope(), "rest-day-work", b.getScope().equals("minors") && !excepted(b), b);
                }
            }
        }

        /** A ban is confirmed unless it binds only on conditions the job does not state, or its creative exception may apply. */
        private void ban(boolean does, String activity, String kind) {
            if (does) {
                bans(activity).forEach(b -> add(kind, kind, !b.getScope().equals("conditional") && !excepted(b), b));
            }
        }

        private boolean excepted(LawBan b) {
            return "creative-work".equals(b.getException()) && isTrue(job.job().creativeWork());
        }

        // --- leave and medical examinations ---------------------------------------------------------------------

        private void leaveAndMedical() {
            Integer leave = job.job().annualLeaveDays();
            if (leave != null) {
                for (LawValue v : values("leave.annual")) {
                    if (isTrue(fits(v, null, null, false)) && leave < v.getValue()) {
                        add("leave", "annual-leave", true, v);
                    }
                }
            }
            for (LawValue v : values("medical-exam.interval")) {
                if (Boolean.FALSE.equals(job.worker().preEmploymentMedicalExam())) {
                    add("exam-before-hiring", "medical-exam", true, v);
                }
                LocalDate last = job.worker().lastMedicalExamOn();
                if (fits(v, null, null, false) != null && last != null
                        && last.plusMonths((long) v.getValue()).isBefore(job.assessedOn())) {
                    add("exam-overdue", "medical-exam", true, v);
                }
            }
        }

        private static boolean isTrue(Boolean b) {
            return Boolean.TRUE.equals(b);
        }
    }
}
