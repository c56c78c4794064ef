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
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.LawBan;
import org.hazlex.legislation.LawGap;
import org.hazlex.legislation.LawPermission;
import org.hazlex.legislation.LawSnapshot;
import org.hazlex.legislation.LawValue;
import org.hazlex.legislation.LawWindow;
import org.hazlex.legislation.ListEntry;
import org.hazlex.legislation.ListSector;
import org.hazlex.legislation.Provision;
import org.hazlex.legislation.Verification;

/**
 * The oracle: the rules of {@code rules/common} written out by hand in plain Java, for the differential test and
 * the benchmark. It reads the same law facts as the engine (the {@link LawSnapshot} in force on the job's date),
 * so it holds no legal number either; it shares no code with the engine's classification ({@code Fit},
 * {@code ClockMath}, {@code Subject} are re-derived here). Test code only, never shipped.
 *
 * <p>Covers the common judges, which are all of Tajikistan's rules; a country with rules of its own (Kazakhstan's
 * heavy-work rule) is out of its scope.
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
        return new Run(job, age, law).run();
    }

    private static final class Run {
        private final Job job;
        private final int age;
        private final LawSnapshot law;
        private final Map<String, F> found = new LinkedHashMap<>();
        private final Set<String> reviews = new TreeSet<>();

        Run(Job job, int age, LawSnapshot law) {
            this.job = job;
            this.age = age;
            this.law = law;
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
                    if (topics.contains(g.getTopic())) {
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
            for (String item : items) {
                ListEntry e = entries.get(item);
                if (e != null) {
                    entry(e, true);
                } else {
                    law.list().ifPresent(l -> add("unknown-item|" + l.provision().id() + "|" + item, "hazardous-work", false,
                            l.provision(), l.getVerification(), null));
                }
            }
            String isco = job.job().isco08();
            for (ListEntry e : entries.values()) {
                for (String tag : job.job().hazards()) {
                    String c = e.getCovers().get(tag);
                    if (c != null) {
                        entry(e, c.equals("confirmed"));
                        coveredTags.add(tag);
                    }
                }
                if (isco != null && e.getIsco08().containsKey(isco)) {
                    entry(e, e.getIsco08().get(isco));
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
            String isic = job.job().isic4();
            if (isic == null) {
                return;
            }
            for (int n = 2; n <= isic.length(); n++) {
                String prefix = isic.substring(0, n);
                for (ListSector g : law.sectors()) {
                    if (!g.getIsic4Prefix().equals(prefix)) {
                        continue;
                    }
                    if (!g.isComplete()) {
                        add("section|" + g.getProvision().id() + "|" + g.getSection().number(), "hazardous-work", false,
                                g.getProvision(), g.getVerification(), null);
                    } else if (isco == null && items.isEmpty()) {
                        reviews.add("fact-missing@job.isco08");
                    }
                }
            }
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
            i = 0;
            List<LawValue> shift = values("load.shift-total");
            for (ShiftTotal t : job.shiftTotals()) {
                part("shift-total", i++, t.kg(), null, t.liftedFrom().code(), shift);
            }
        }

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
            for (int k = 0; k < fitting.size(); k++) {
                LawValue v = fitting.get(k);
                if (v.getValue() == min && kg > min) {
                    add("load|" + kind + index, "load-limit", certain.get(k), v);
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
            return s.hoursPerWeek() <= 5 * s.hoursPerDay() ? 5 : 6;
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
