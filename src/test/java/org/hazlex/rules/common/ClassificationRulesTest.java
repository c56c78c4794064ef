package org.hazlex.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazlex.rules.common.RuleHarness.bornOn;
import static org.hazlex.rules.common.RuleHarness.check;
import static org.hazlex.rules.common.RuleHarness.confirmed;
import static org.hazlex.rules.common.RuleHarness.entries;
import static org.hazlex.rules.common.RuleHarness.findings;
import static org.hazlex.rules.common.RuleHarness.minimalJob;
import static org.hazlex.rules.common.RuleHarness.reviewNotices;
import static org.hazlex.rules.common.RuleHarness.rule;
import static org.hazlex.rules.common.RuleHarness.schedule;
import static org.hazlex.rules.common.RuleHarness.suspected;
import static org.hazlex.rules.common.RuleHarness.work;
import static org.hazlex.rules.common.RuleHarness.worker;

import java.time.LocalDate;
import org.hazlex.domain.Ages;
import org.hazlex.engine.ClockMath;
import org.hazlex.findings.Certainty;
import org.hazlex.findings.Notice;
import org.hazlex.findings.Result;
import org.hazlex.findings.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * rules/common/classify.drl as it works under TJ law: who is a minor, which limits apply, what is night work, which
 * list entries match, and where the encoded law has gaps. Also the arithmetic it rests on ({@link Ages},
 * {@link ClockMath}).
 */
class ClassificationRulesTest {

    private static final String MINOR = rule("common: a worker below the adult age of the law in force is a minor");
    private static final String ADULT = rule("common: a worker at or above the adult age is outside the minors' rules");
    private static final String LIMITS_APPLY =
            rule("common: a limit on hours, leave or examinations applies by age, school term and working week");
    private static final String LOAD_NORM_APPLIES =
            rule("common: a single-load norm applies to each load by age, sex and frequency");
    private static final String SHIFT_NORM_APPLIES =
            rule("common: a per-shift norm applies to each shift total by age, sex and where it is lifted from");
    private static final String NIGHT = rule("common: a shift overlapping the legal night window is night work, across midnight too");
    private static final String NAMED_ITEM = rule("common: a list item the assessor named matches that entry");
    private static final String COVERED_TAG = rule("common: a hazard tag that a list entry covers matches that entry");
    private static final String ISCO = rule("common: the job's ISCO-08 code is a list entry's code, or lies beneath it");
    private static final String ISCO_COARSER = rule("common: the job's ISCO-08 code is coarser than a list entry's code");
    private static final String TERM = rule("common: a term of a list entry occurs in the job's title or description");
    private static final String INSIDE = rule("common: the job's sector lies inside the scope of a candidate entry");
    private static final String POSSIBLY_INSIDE =
            rule("common: the job's sector code is coarser than the scope of a candidate entry");
    private static final String QUALIFIER_BY_TAG =
            rule("common: the job declares a hazard that meets the qualifier of a candidate entry");
    private static final String QUALIFIER_BY_TERM =
            rule("common: the job's text names work that meets the qualifier of a candidate entry");
    private static final String EXACT =
            rule("common: an exact occupation code inside the scope of an entry without a qualifier is on the entry");
    private static final String EXACT_QUALIFIED =
            rule("common: an exact occupation code inside its entry's scope, the qualifying hazard declared, is on the entry");
    private static final String OCCUPATION_TO_CONFIRM =
            rule("common: an occupation code inside or possibly inside its entry's scope is on the entry, to confirm");
    private static final String OCCUPATION_NO_SECTOR =
            rule("common: an occupation code of an entry, the job's sector not given, is on the entry, to confirm");
    private static final String OCCUPATION_QUALIFIED_OUTSIDE = rule("common: an occupation code outside its entry's scope,"
            + " the job naming the work it qualifies, is on the entry, to confirm");
    private static final String WORKPLACE_TERM =
            rule("common: a term of a workplace entry, the job certainly inside its scope, places the job there");
    private static final String TERM_TO_CONFIRM =
            rule("common: a term of an entry, the job inside or possibly inside its scope, is a match to confirm");
    private static final String TERM_NO_SECTOR = rule("common: a term of an entry, the job's sector not given, is a match to confirm");
    private static final String PRODUCTION = rule("common: the job's sector lies inside the scope of an entry of a whole production");
    private static final String PRODUCTION_COARSE =
            rule("common: the job's sector code is coarser than the scope of an entry of a whole production");
    private static final String NOTHING_ENCODED = rule("common: nothing of the law is encoded for the date");
    private static final String GAP = rule("common: a gap in the encoded law that the minor's job could turn on");
    private static final String KNOWN_SECTOR =
            rule("common: the job's sector lies inside a sector a list known only in part covers");
    private static final String KNOWN_SECTOR_COARSE =
            rule("common: the job's sector code is coarser than a sector a list known only in part covers");
    private static final String KNOWN_OCCUPATION =
            rule("common: the job's occupation lies under an occupation a list known only in part may name");
    private static final String KNOWN_OCCUPATION_COARSE =
            rule("common: the job's occupation code is coarser than an occupation a list known only in part may name");
    private static final String KNOWN_HAZARD = rule("common: the job declares a hazard a list known only in part may cover");
    private static final String KNOWN_WORKPLACE =
            rule("common: the job's text names a workplace a list known only in part may cover");
    private static final String KNOWN_REFERENCE =
            rule("common: the job would meet an entry of the reference list of a list known only in part");
    private static final String KNOWN_ITEM = rule("common: the job names a list item of a list known only in part");

    private static final String XM_LIST = "XM-LC/6";

    /** A 13-year-old pupil in creative work with a parent's consent: lawful from 2016, and below every load norm. */
    private static ObjectNode creativePupilAged13() {
        ObjectNode job = minimalJob();
        worker(job).put("age", 13).put("inEducation", true).put("parentalConsent", true);
        work(job).put("creativeWork", true);
        schedule(job).put("schoolTerm", false);
        return job;
    }

    @Test
    void theDrlFileHoldsExactlyTheRulesTestedHere() {
        assertThat(RuleHarness.rulesIn("common/classify.drl")).containsExactlyInAnyOrder(MINOR, ADULT, LIMITS_APPLY,
                LOAD_NORM_APPLIES, SHIFT_NORM_APPLIES, NIGHT, NAMED_ITEM, COVERED_TAG, ISCO, ISCO_COARSER, TERM, INSIDE,
                POSSIBLY_INSIDE, QUALIFIER_BY_TAG, QUALIFIER_BY_TERM, EXACT, EXACT_QUALIFIED, OCCUPATION_TO_CONFIRM,
                OCCUPATION_NO_SECTOR, OCCUPATION_QUALIFIED_OUTSIDE, WORKPLACE_TERM, TERM_TO_CONFIRM, TERM_NO_SECTOR,
                PRODUCTION, PRODUCTION_COARSE, NOTHING_ENCODED, GAP, KNOWN_SECTOR, KNOWN_SECTOR_COARSE, KNOWN_OCCUPATION,
                KNOWN_OCCUPATION_COARSE, KNOWN_HAZARD, KNOWN_WORKPLACE, KNOWN_REFERENCE, KNOWN_ITEM);
    }

    // --- minors and adults (Art. 207: the minors' rules apply below 18) ---

    @Test
    void aWorkerWhoTurnsEighteenTheDayAfterTheAssessmentIsAMinor() {
        ObjectNode job = bornOn(minimalJob(), "2008-05-13");
        schedule(job).put("hoursPerDay", 8).put("daysPerWeek", 5);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("daily-hours", 7, 8, "h", "TJ-LC2016/74.2"));
        assertThat(result.firedRules()).contains(MINOR).doesNotContain(ADULT);
    }

    @Test
    void aWorkerWhoTurnsEighteenOnTheAssessmentDateIsOutsideTheMinorsRules() {
        ObjectNode job = bornOn(minimalJob(), "2008-05-12");
        schedule(job).put("hoursPerDay", 8).put("daysPerWeek", 5);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result.warnings()).extracting(Notice::code).contains("adult");
        assertThat(result.firedRules()).contains(ADULT).doesNotContain(MINOR);
    }

    @Test
    void aWorkerBornOn29FebruaryIsStillSeventeenOn28FebruaryOfACommonYear() {
        ObjectNode job = bornOn(minimalJob(), "2008-02-29");
        job.put("assessedOn", "2026-02-28");
        schedule(job).put("hoursPerDay", 8).put("daysPerWeek", 5);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("daily-hours", 7, 8, "h", "TJ-LC2016/74.2"));
        assertThat(result.firedRules()).contains(MINOR).doesNotContain(ADULT);
    }

    @Test
    void aWorkerBornOn29FebruaryTurnsEighteenOn1MarchOfACommonYear() {
        ObjectNode job = bornOn(minimalJob(), "2008-02-29");
        job.put("assessedOn", "2026-03-01");
        schedule(job).put("hoursPerDay", 8).put("daysPerWeek", 5);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).contains(ADULT).doesNotContain(MINOR);
    }

    @Test
    void ageArithmeticCountsWholeYearsSoA29FebruaryBirthdayFallsOn1MarchInCommonYears() {
        LocalDate born = LocalDate.of(2008, 2, 29);

        assertThat(Ages.ageOn(born, LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(Ages.ageOn(born, LocalDate.of(2026, 3, 1))).isEqualTo(18);
        assertThat(Ages.ageOn(born, LocalDate.of(2028, 2, 28))).isEqualTo(19);
        assertThat(Ages.ageOn(born, LocalDate.of(2028, 2, 29))).isEqualTo(20);
        assertThat(Ages.ageOn(LocalDate.of(2008, 5, 12), LocalDate.of(2026, 5, 11))).isEqualTo(17);
        assertThat(Ages.ageOn(LocalDate.of(2008, 5, 12), LocalDate.of(2026, 5, 12))).isEqualTo(18);
    }

    // --- limits that apply to a minor ---

    @Test
    void theWeeklyHoursAndLeaveOfTheMinorsRulesApplyToASixteenYearOld() {
        ObjectNode job = minimalJob();
        schedule(job).put("hoursPerWeek", 36);
        work(job).put("annualLeaveDays", 24);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(
                confirmed("annual-leave", 30, 24, "days", "TJ-LC2016/94.2"),
                confirmed("weekly-hours", 35, 36, "h", "TJ-LC2016/211"));
        assertThat(result.firedRules()).contains(LIMITS_APPLY);
    }

    @Test
    void theMinorsHourAndLeaveLimitsDoNotApplyToAnEighteenYearOld() {
        ObjectNode job = minimalJob();
        worker(job).put("age", 18);
        schedule(job).put("hoursPerWeek", 36);
        work(job).put("annualLeaveDays", 24);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(LIMITS_APPLY);
    }

    @Test
    void theLoadNormForAFourteenYearOldBoyAppliesToHisLoad() {
        ObjectNode job = minimalJob();
        worker(job).put("age", 14).put("inEducation", true).put("parentalConsent", true);
        schedule(job).put("hoursPerDay", 2).put("hoursPerWeek", 10).put("daysPerWeek", 5).put("schoolTerm", false);
        job.putArray("loads").addObject().put("kg", 12.5).put("frequency", "occasional");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 12, 12.5, "kg", "TJ-D169/loads"));
        assertThat(result.firedRules()).contains(LOAD_NORM_APPLIES);
    }

    @Test
    void noLoadNormAppliesBelowFourteenSoTheLoadIsOnlySuspect() {
        ObjectNode job = creativePupilAged13();
        job.putArray("loads").addObject().put("kg", 12.5).put("frequency", "occasional");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("load-limit", "TJ-D169/loads"));
        assertThat(result.firedRules()).doesNotContain(LOAD_NORM_APPLIES);
    }

    @Test
    void theShiftTotalNormForASixteenYearOldBoyAppliesToWhatHeLiftsFromTheFloor() {
        ObjectNode job = minimalJob();
        job.putArray("shiftTotals").addObject().put("kg", 500).put("liftedFrom", "floor");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).contains(SHIFT_NORM_APPLIES);
    }

    @Test
    void noShiftTotalNormAppliesBelowFourteenSoTheTotalIsOnlySuspect() {
        ObjectNode job = creativePupilAged13();
        job.putArray("shiftTotals").addObject().put("kg", 50).put("liftedFrom", "floor");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("load-limit", "TJ-D169/loads"));
        assertThat(result.firedRules()).doesNotContain(SHIFT_NORM_APPLIES);
    }

    // --- night work: the window of Art. 77(1), 22:00 to 06:00 ---

    @Test
    void aShiftStartingOneMinuteBeforeSixInTheMorningIsNightWork() {
        ObjectNode job = minimalJob();
        schedule(job).put("start", "05:59").put("end", "11:59");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("night-work", 0, 1 / 60.0, "h", "TJ-LC2016/213"));
        assertThat(result.firedRules()).contains(NIGHT);
    }

    @Test
    void aShiftStartingAtSixInTheMorningIsNotNightWork() {
        ObjectNode job = minimalJob();
        schedule(job).put("start", "06:00").put("end", "12:00");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(NIGHT);
    }

    @Test
    void aShiftCrossingMidnightIsNightWorkOnBothSidesOfMidnight() {
        ObjectNode job = minimalJob();
        schedule(job).put("start", "23:00").put("end", "05:00");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("night-work", 0, 6, "h", "TJ-LC2016/213"));
        assertThat(result.firedRules()).contains(NIGHT);
    }

    @Test
    void anAdultsNightShiftIsNotClassifiedAsAMinorsNightWork() {
        ObjectNode job = minimalJob();
        worker(job).put("age", 18);
        schedule(job).put("start", "23:00").put("end", "05:00");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(NIGHT);
    }

    @ParameterizedTest(name = "shift {0}-{1} overlaps the 22:00-06:00 night by {2} minutes")
    @CsvSource({
        "09:00, 15:00,   0",
        "16:00, 22:00,   0",
        "16:01, 22:01,   1",
        "06:00, 12:00,   0",
        "05:59, 11:59,   1",
        "20:00, 02:00, 240",
        "23:00, 05:00, 360",
        "22:00, 06:00, 480",
        "18:00, 00:00, 120",
        "00:00, 06:00, 360",
        "23:59, 00:01,   2",
        "04:00, 23:00, 180",
        "06:00, 06:00, 480",
        "12:00, 08:00, 480",
    })
    void clockOverlapWithTheNightWindowCountsMinutesAcrossMidnightAndExcludesExactBoundaries(
            String start, String end, int minutes) {
        int night = ClockMath.overlapMinutes(minute(start), minute(end), minute("22:00"), minute("06:00"));

        assertThat(night).isEqualTo(minutes);
    }

    @Test
    void clockOverlapOfTwoDaytimeIntervalsIsTheirCommonPart() {
        assertThat(ClockMath.overlapMinutes(minute("09:00"), minute("15:00"), minute("14:00"), minute("18:00"))).isEqualTo(60);
        assertThat(ClockMath.overlapMinutes(minute("09:00"), minute("15:00"), minute("15:00"), minute("18:00"))).isZero();
        assertThat(ClockMath.overlapMinutes(minute("22:00"), minute("06:00"), minute("09:00"), minute("15:00"))).isZero();
    }

    private static int minute(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    // --- matching the hazardous list ---

    @Test
    void aListItemTheAssessorNamedMatchesThatEntry() {
        ObjectNode job = minimalJob();
        work(job).putArray("listItems").add("TJ-169/XXXI.83");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", "TJ-D169/list"));
        assertThat(entries(result)).containsExactly("TJ-169/XXXI.83");
        assertThat(result.firedRules()).contains(NAMED_ITEM);
    }

    @Test
    void aNamedListItemThatIsNotAnEncodedEntryMatchesNothing() {
        ObjectNode job = minimalJob();
        work(job).putArray("listItems").add("TJ-169/I.1/2");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", "TJ-D169/list"));
        assertThat(entries(result)).containsOnlyNulls();
        assertThat(result.firedRules()).doesNotContain(NAMED_ITEM);
    }

    @Test
    void workAtHeightMatchesTheListEntryThatCoversIt() {
        ObjectNode job = minimalJob();
        work(job).putArray("hazards").add("height");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", "TJ-D169/list"));
        assertThat(entries(result)).containsExactly("TJ-169/XXXI.83");
        assertThat(result.firedRules()).contains(COVERED_TAG);
    }

    @Test
    void noiseIsCoveredByNoListEntry() {
        ObjectNode job = minimalJob();
        work(job).putArray("hazards").add("noise");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", "TJ-LC2016/208.1"));
        assertThat(result.firedRules()).doesNotContain(COVERED_TAG);
    }

    @Test
    void aTagAnEntryCoversOnlyWithSuspicionGivesAMatchToConfirm() {
        ObjectNode job = xm("4711", "5223");
        work(job).putArray("hazards").add("explosives");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/M.1/1");
        assertThat(result.firedRules()).contains(COVERED_TAG);
    }

    // --- how a job meets a list entry: the synthetic list of XM (src/test/resources/test-law) ---

    /** The synthetic job in sector {@code isic4}, occupation {@code isco08} (either may be null: not given). */
    private static ObjectNode xm(String isic4, String isco08) {
        ObjectNode job = RuleHarness.syntheticJob();
        work(job).remove("isic4");
        work(job).remove("isco08");
        if (isic4 != null) {
            work(job).put("isic4", isic4);
        }
        if (isco08 != null) {
            work(job).put("isco08", isco08);
        }
        return job;
    }

    @Test
    void aTagAWorkplaceEntryCoversPlacesTheJobThereWhateverItsSector() {
        ObjectNode job = xm("4711", "5223");
        work(job).putArray("hazards").add("pesticides");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/G.3");
        assertThat(result.firedRules()).contains(COVERED_TAG);
    }

    @Test
    void anExactOccupationCodeInsideItsEntrysScopeIsAConfirmedMatch() {
        Result result = RuleHarness.checkSynthetic(xm("0510", "7542"));

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/M.1/1");
        assertThat(result.firedRules()).contains(ISCO, INSIDE, EXACT).doesNotContain(OCCUPATION_NO_SECTOR);
    }

    @Test
    void anExactOccupationCodeWhoseSectorIsNotGivenIsAMatchToConfirmNamingTheSector() {
        Result result = RuleHarness.checkSynthetic(xm(null, "7542"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", XM_LIST));
        assertThat(result.findings().get(0).args()).containsEntry("settle", "job.isic4");
        assertThat(result.firedRules()).contains(ISCO, OCCUPATION_NO_SECTOR).doesNotContain(INSIDE, EXACT);
    }

    @Test
    void aFinerOccupationCodeBeneathAnEntrysCodeIsAMatchToConfirm() {
        Result result = RuleHarness.checkSynthetic(xm("2011", "8131"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/G.2");
        assertThat(result.firedRules()).contains(ISCO, INSIDE, OCCUPATION_TO_CONFIRM).doesNotContain(EXACT);
    }

    @Test
    void aCoarserOccupationCodeReachesTheEntriesBeneathItToConfirm() {
        Result result = RuleHarness.checkSynthetic(xm("0510", "754"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/M.1/1");
        assertThat(result.findings().get(0).args()).containsEntry("settle", "job.isco08");
        assertThat(result.firedRules()).contains(ISCO_COARSER, INSIDE, OCCUPATION_TO_CONFIRM).doesNotContain(EXACT);
    }

    @Test
    void aCoarserSectorCodeThanAnEntrysScopeIsAMatchToConfirmNamingTheSector() {
        Result result = RuleHarness.checkSynthetic(xm("05", "7542"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/M.1/1");
        assertThat(result.findings().get(0).args()).containsEntry("settle", "job.isic4");
        assertThat(result.firedRules()).contains(POSSIBLY_INSIDE, OCCUPATION_TO_CONFIRM).doesNotContain(INSIDE, EXACT);
    }

    @Test
    void anOccupationCodeOutsideItsEntrysScopeIsOnlyANote() {
        Result result = RuleHarness.checkSynthetic(xm("4711", "7542"));

        assertThat(findings(result)).isEmpty();
        assertThat(RuleHarness.notes(result)).contains("also-listed");
        assertThat(result.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result.firedRules()).contains(ISCO).doesNotContain(INSIDE, OCCUPATION_TO_CONFIRM, EXACT);
    }

    @Test
    void anExactQualifiedOccupationInsideItsScopeWithTheQualifyingHazardIsAConfirmedMatch() {
        ObjectNode job = xm("0510", "9311");
        work(job).putArray("hazards").add("heavy-loads");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/M.1/2");
        assertThat(result.firedRules()).contains(QUALIFIER_BY_TAG, EXACT_QUALIFIED).doesNotContain(EXACT);
    }

    @Test
    void anExactQualifiedOccupationInsideItsScopeWithoutTheQualifyingWorkIsAMatchToConfirm() {
        Result result = RuleHarness.checkSynthetic(xm("0510", "9311"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/M.1/2");
        assertThat(result.firedRules()).contains(INSIDE, OCCUPATION_TO_CONFIRM).doesNotContain(QUALIFIER_BY_TAG,
                QUALIFIER_BY_TERM, EXACT_QUALIFIED);
    }

    @Test
    void aQualifiedOccupationOutsideItsScopeWhoseTextNamesTheQualifyingWorkIsAMatchToConfirm() {
        ObjectNode job = xm("4711", "9321");
        work(job).put("description", "фасует едкий натр в мешки");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/G.1");
        assertThat(result.firedRules()).contains(QUALIFIER_BY_TERM, OCCUPATION_QUALIFIED_OUTSIDE).doesNotContain(INSIDE);
    }

    @Test
    void aQualifiedOccupationOutsideItsScopeWithoutTheQualifyingWorkIsOnlyANote() {
        Result result = RuleHarness.checkSynthetic(xm("4761", "9321"));

        assertThat(findings(result)).isEmpty();
        assertThat(RuleHarness.notes(result)).contains("also-listed");
        assertThat(result.firedRules()).contains(ISCO).doesNotContain(OCCUPATION_QUALIFIED_OUTSIDE, QUALIFIER_BY_TERM);
    }

    @Test
    void aTermOfAWorkplaceEntryInsideItsScopePlacesTheJobThere() {
        ObjectNode job = xm("0113", "6111");
        work(job).put("title", "Работница в теплице");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/A.1");
        assertThat(result.firedRules()).contains(TERM, INSIDE, WORKPLACE_TERM);
    }

    @Test
    void aTermOfAnOccupationEntryInsideItsScopeIsAMatchToConfirm() {
        ObjectNode job = xm("1071", "7512");
        work(job).put("title", "ученик пекаря");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/F.1");
        assertThat(result.firedRules()).contains(ISCO, INSIDE, OCCUPATION_TO_CONFIRM).doesNotContain(TERM, WORKPLACE_TERM);
    }

    @Test
    void aTermOfAWorkplaceEntryOutsideItsScopeIsOnlyANote() {
        ObjectNode job = xm("4711", "5223");
        work(job).put("title", "продавец рассады из теплицы");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).isEmpty();
        assertThat(RuleHarness.notes(result)).contains("also-listed");
        assertThat(result.firedRules()).contains(TERM).doesNotContain(INSIDE, WORKPLACE_TERM, TERM_TO_CONFIRM);
    }

    @Test
    void aTermOfAWorkplaceEntryForAJobCodedOnlyToASectorAboveItsScopeIsAMatchToConfirm() {
        ObjectNode job = xm("A", "6111");
        work(job).put("title", "greenhouse worker");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/A.1");
        assertThat(result.firedRules()).contains(TERM, POSSIBLY_INSIDE, TERM_TO_CONFIRM).doesNotContain(WORKPLACE_TERM);
    }

    @Test
    void aTermOfAnEntryWhenTheJobsSectorIsNotGivenIsAMatchToConfirm() {
        ObjectNode job = xm(null, "5223");
        work(job).put("title", "greenhouse worker");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/A.1");
        assertThat(result.firedRules()).contains(TERM, TERM_NO_SECTOR).doesNotContain(INSIDE);
    }

    @Test
    void aTermOfSeveralWordsMatchesConsecutiveWordsThatStartWithThemInAnyCase() {
        ObjectNode job = xm("0510", "9313");
        work(job).put("description", "Helps UNDER GROUNDS keeping");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/M.3");
        assertThat(result.firedRules()).contains(TERM, WORKPLACE_TERM);
    }

    @Test
    void aTermDeniedInItsClauseIsNotAWordOfTheJob() {
        ObjectNode job = xm("0113", "6111");
        work(job).put("title", "Овощевод").put("description", "Работает в поле, не в теплице. Without greenhouse work.");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(TERM, WORKPLACE_TERM);
    }

    @Test
    void aTermInAnotherClauseThanTheNegationStillCounts() {
        ObjectNode job = xm("0113", "6111");
        work(job).put("title", "Овощевод").put("description", "Не работает ночью; собирает огурцы в теплице.");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/A.1");
        assertThat(result.firedRules()).contains(TERM, WORKPLACE_TERM);
    }

    @Test
    void aJobInsideTheScopeOfAWholeProductionIsOnTheEntry() {
        Result result = RuleHarness.checkSynthetic(xm("0810", "9313"));

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/Q.1");
        assertThat(result.firedRules()).contains(PRODUCTION).doesNotContain(PRODUCTION_COARSE);
    }

    @Test
    void aJobCodedOnlyToADivisionAboveAWholeProductionMayBeOnTheEntry() {
        Result result = RuleHarness.checkSynthetic(xm("08", "9313"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", XM_LIST));
        assertThat(entries(result)).containsExactly("XM-L/Q.1");
        assertThat(result.firedRules()).contains(PRODUCTION_COARSE).doesNotContain(PRODUCTION);
    }

    @Test
    void anEntryAllowedFromSixteenDoesNotMatchASixteenYearOld() {
        Result sixteen = RuleHarness.checkSynthetic(xm("0141", "6121"));
        ObjectNode younger = xm("0141", "6121");
        worker(younger).put("age", 15).put("inEducation", true);

        Result fifteen = RuleHarness.checkSynthetic(younger);

        assertThat(entries(sixteen)).doesNotContain("XM-L/A.2");
        assertThat(entries(fifteen)).contains("XM-L/A.2");
    }

    @Test
    void anExactIscoCodeOfAListedOccupationIsAConfirmedMatch() {
        ObjectNode job = minimalJob();
        work(job).put("isco08", "7541");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", "TJ-D169/list"));
        assertThat(entries(result)).containsExactly("TJ-169/XXXI.11");
        assertThat(result.firedRules()).contains(ISCO);
    }

    @Test
    void aJobCodedOnlyToTheIscoMinorGroupOfListedOccupationsNeedsReview() {
        ObjectNode job = minimalJob();
        work(job).put("isco08", "754");

        Result result = check(job);

        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo("hazardous-work");
            assertThat(f.certainty()).isEqualTo(Certainty.SUSPECTED);
        });
        assertThat(entries(result)).contains("TJ-169/XXXI.11");
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.firedRules()).contains(ISCO_COARSER);
    }

    // --- where a job stands to a list known only in part: the known scope of XM's unread section ---

    @Test
    void aJobInASectorTheKnownScopeCoversIsInsideIt() {
        Result result = RuleHarness.checkSynthetic(xm("3510", "7233"));

        assertThat(reviewNotices(result)).containsExactly("law-not-encoded XM-gap/list");
        assertThat(result.firedRules()).contains(KNOWN_SECTOR);
    }

    @Test
    void aJobCodedOnlyAboveASectorTheKnownScopeCoversIsInsideIt() {
        Result result = RuleHarness.checkSynthetic(xm("351", "7233"));

        assertThat(reviewNotices(result)).containsExactly("law-not-encoded XM-gap/list");
        assertThat(result.firedRules()).contains(KNOWN_SECTOR_COARSE).doesNotContain(KNOWN_SECTOR);
    }

    @Test
    void aJobInAnOccupationTheKnownScopeNamesIsInsideIt() {
        Result result = RuleHarness.checkSynthetic(xm("4520", "7212"));

        assertThat(reviewNotices(result)).containsExactly("law-not-encoded XM-gap/list");
        assertThat(result.firedRules()).contains(KNOWN_OCCUPATION);
    }

    @Test
    void aJobCodedOnlyAboveAnOccupationTheKnownScopeNamesIsInsideIt() {
        Result result = RuleHarness.checkSynthetic(xm("4520", "721"));

        assertThat(reviewNotices(result)).containsExactly("law-not-encoded XM-gap/list");
        assertThat(result.firedRules()).contains(KNOWN_OCCUPATION_COARSE).doesNotContain(KNOWN_OCCUPATION);
    }

    @Test
    void aJobDeclaringAHazardTheKnownScopeCoversIsInsideIt() {
        ObjectNode job = xm("8610", "3211");
        work(job).putArray("hazards").add("radiation");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(reviewNotices(result)).containsExactly("law-not-encoded XM-gap/list");
        assertThat(result.firedRules()).contains(KNOWN_HAZARD);
    }

    @Test
    void aJobWhoseTextNamesAWorkplaceTheKnownScopeCoversIsInsideIt() {
        ObjectNode job = xm("5610", "5131");
        work(job).put("title", "официант в казино");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(reviewNotices(result)).containsExactly("law-not-encoded XM-gap/list");
        assertThat(result.firedRules()).contains(KNOWN_WORKPLACE);
    }

    @Test
    void aJobThatWouldMeetAnEntryOfTheReferenceListIsInsideTheKnownScopeButFindsNothing() {
        Result result = RuleHarness.checkSynthetic(xm("4321", "7411"));

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).containsExactly("law-not-encoded XM-gap/list");
        assertThat(result.warnings()).filteredOn(n -> n.review()).extracting(n -> n.args().get("referenceEntries"))
                .containsExactly("XR-L/G.1");
        assertThat(result.firedRules()).contains(ISCO, KNOWN_REFERENCE);
    }

    @Test
    void aJobNamingAListItemIsInsideTheKnownScope() {
        ObjectNode job = xm("4711", "5223");
        work(job).putArray("listItems").add("XM-L/S.1");

        Result result = RuleHarness.checkSynthetic(job);

        assertThat(reviewNotices(result)).containsExactly("law-not-encoded XM-gap/list");
        assertThat(result.firedRules()).contains(KNOWN_ITEM);
    }

    // --- gaps in the encoded law ---

    @Test
    void before1998NothingOfTheLawIsTakenAsEncoded() {
        ObjectNode job = minimalJob();
        job.put("assessedOn", "1997-12-31");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).containsExactly("law-not-encoded TJ-gap/before-1998");
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.firedRules()).contains(NOTHING_ENCODED);
    }

    @Test
    void from1998OnlyTheUnreadPartsOfThe1997CodeAreGaps() {
        ObjectNode job = minimalJob();
        job.put("assessedOn", "1998-01-01");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).containsExactlyInAnyOrder("law-not-encoded TJ-gap/lc1997-working-time",
                "law-not-encoded TJ-gap/lc1997-night", "law-not-encoded TJ-gap/list-before-169");
        assertThat(result.firedRules()).contains(GAP).doesNotContain(NOTHING_ENCODED);
    }

    @Test
    void whileThe2016CodesDayOfEntryIntoForceIsUncertainTheWholeLawNeedsReview() {
        ObjectNode job = minimalJob();
        job.put("assessedOn", "2016-08-31");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).containsExactly("law-not-encoded TJ-gap/lc2016-entry-into-force");
        assertThat(result.firedRules()).contains(NOTHING_ENCODED).doesNotContain(GAP);
    }

    @Test
    void fromSeptember2016TheLawIsEncodedWithoutGapsForAnOrdinaryJob() {
        ObjectNode job = minimalJob();
        job.put("assessedOn", "2016-09-01");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result.firedRules()).doesNotContain(NOTHING_ENCODED, GAP);
    }

    @Test
    void onTheLastDayOfThe1997CodeItsUnreadBanOnOvertimeIsAGapForAMinorWorkingOvertime() {
        ObjectNode job = minimalJob();
        job.put("assessedOn", "2016-07-22");
        schedule(job).put("overtimeHoursPerWeek", 2);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).containsExactlyInAnyOrder("law-not-encoded TJ-gap/lc1997-working-time",
                "law-not-encoded TJ-gap/lc1997-night", "law-not-encoded TJ-gap/lc1997-other-bans");
        assertThat(result.firedRules()).contains(GAP);
    }

    @Test
    void aGapInTheOtherBansIsNoConcernOfAMinorWhoseJobTouchesNone() {
        ObjectNode job = minimalJob();
        job.put("assessedOn", "2016-07-22");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).containsExactlyInAnyOrder("law-not-encoded TJ-gap/lc1997-working-time",
                "law-not-encoded TJ-gap/lc1997-night");
        assertThat(result.firedRules()).contains(GAP);
    }

    @Test
    void aGapInTheMinorsRulesIsNoConcernOfAnAdult() {
        ObjectNode job = minimalJob();
        job.put("assessedOn", "2016-07-22");
        worker(job).put("age", 18);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).isEmpty();
        assertThat(result.firedRules()).contains(ADULT).doesNotContain(GAP);
    }

    @Test
    void aLoadNormGapBeforeDecree169MattersOnlyForAJobWithLoads() {
        ObjectNode withLoads = minimalJob();
        withLoads.put("assessedOn", "2010-05-12");
        withLoads.putArray("loads").addObject().put("kg", 5).put("frequency", "occasional");
        ObjectNode without = minimalJob();
        without.put("assessedOn", "2010-05-12");

        Result loaded = check(withLoads);
        Result unloaded = check(without);

        assertThat(findings(loaded)).isEmpty();
        assertThat(reviewNotices(loaded)).contains("law-not-encoded TJ-gap/loads-before-169");
        assertThat(reviewNotices(unloaded)).doesNotContain("law-not-encoded TJ-gap/loads-before-169");
        assertThat(loaded.firedRules()).contains(GAP);
    }
}
