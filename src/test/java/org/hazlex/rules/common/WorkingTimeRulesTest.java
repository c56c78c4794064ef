package org.hazlex.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazlex.rules.common.RuleHarness.bornOn;
import static org.hazlex.rules.common.RuleHarness.check;
import static org.hazlex.rules.common.RuleHarness.confirmed;
import static org.hazlex.rules.common.RuleHarness.findings;
import static org.hazlex.rules.common.RuleHarness.minimalJob;
import static org.hazlex.rules.common.RuleHarness.reviewNotices;
import static org.hazlex.rules.common.RuleHarness.rule;
import static org.hazlex.rules.common.RuleHarness.schedule;
import static org.hazlex.rules.common.RuleHarness.suspected;
import static org.hazlex.rules.common.RuleHarness.work;
import static org.hazlex.rules.common.RuleHarness.worker;

import org.hazlex.findings.Result;
import org.hazlex.findings.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** rules/common/working-time.drl, judged with Tajik law: Labour Code 2016 Art. 74(2)-(3) (daily) and Art. 211 (weekly). */
class WorkingTimeRulesTest {

    private static final String DAILY = rule("daily-hours: more hours a day than the strictest daily limit that applies");
    private static final String DAILY_POSSIBLE = rule("daily-hours: more hours a day than a limit that applies if the"
            + " worker is a pupil in term or on a six-day week");
    private static final String WEEKLY = rule("weekly-hours: more hours a week than the weekly limit for the worker's age");
    private static final String DAILY_MISSING = rule("daily-hours: hours a day not given for a minor");
    private static final String WEEKLY_MISSING = rule("weekly-hours: hours a week not given for a minor");

    private static final String ART_74_2 = "TJ-LC2016/74.2";
    private static final String ART_74_3 = "TJ-LC2016/74.3";
    private static final String ART_211 = "TJ-LC2016/211";

    /** A worker, not in education, on a five-day week of the given hours. */
    private static ObjectNode fiveDayWeek(int age, double hoursPerDay, double hoursPerWeek) {
        ObjectNode job = minimalJob();
        worker(job).put("age", age);
        schedule(job).put("hoursPerDay", hoursPerDay).put("hoursPerWeek", hoursPerWeek).put("daysPerWeek", 5);
        return job;
    }

    /** A pupil with a parent's consent, on a five-day week of the given hours; schoolTerm null when not stated. */
    private static ObjectNode pupil(int age, double hoursPerDay, Boolean schoolTerm) {
        ObjectNode job = fiveDayWeek(age, hoursPerDay, 5 * hoursPerDay);
        worker(job).put("inEducation", true).put("parentalConsent", true);
        if (schoolTerm != null) {
            schedule(job).put("schoolTerm", schoolTerm);
        }
        return job;
    }

    private static ObjectNode sixDayWeek(int age, double hoursPerDay) {
        ObjectNode job = fiveDayWeek(age, hoursPerDay, 6 * hoursPerDay);
        schedule(job).put("daysPerWeek", 6);
        return job;
    }

    @Test
    void theDrlFileHoldsExactlyTheRulesTestedHere() {
        assertThat(RuleHarness.rulesIn("common/working-time.drl"))
                .containsExactlyInAnyOrder(DAILY, DAILY_POSSIBLE, WEEKLY, DAILY_MISSING, WEEKLY_MISSING);
    }

    // --- daily limits, Art. 74(2) ---

    @Test
    void aSixteenYearOldMayNotWorkMoreThanSevenHoursADay() {
        Result result = check(fiveDayWeek(16, 7.5, 35));

        assertThat(findings(result)).containsExactly(confirmed("daily-hours", 7, 7.5, "h", ART_74_2));
        assertThat(result.firedRules()).contains(DAILY).doesNotContain(DAILY_POSSIBLE);
    }

    @Test
    void aSixteenYearOldMayWorkSevenHoursADayOnAFiveDayWeek() {
        Result result = check(fiveDayWeek(16, 7, 35));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY, DAILY_POSSIBLE);
    }

    @Test
    void aFifteenYearOldMayNotWorkMoreThanFiveHoursADay() {
        Result result = check(fiveDayWeek(15, 5.5, 24));

        assertThat(findings(result)).containsExactly(confirmed("daily-hours", 5, 5.5, "h", ART_74_2));
        assertThat(result.firedRules()).contains(DAILY);
    }

    @Test
    void aFifteenYearOldMayWorkFiveHoursADayOnAFiveDayWeek() {
        Result result = check(fiveDayWeek(15, 5, 24));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY);
    }

    @Test
    void aSixteenYearOldPupilMayNotWorkMoreThanThreeAndAHalfHoursADayInTheSchoolYear() {
        Result result = check(pupil(16, 3.6, true));

        assertThat(findings(result)).containsExactly(confirmed("daily-hours", 3.5, 3.6, "h", ART_74_2));
        assertThat(result.firedRules()).contains(DAILY);
    }

    @Test
    void aSixteenYearOldPupilMayWorkThreeAndAHalfHoursADayInTheSchoolYear() {
        Result result = check(pupil(16, 3.5, true));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY);
    }

    @Test
    void aFourteenYearOldPupilMayNotWorkMoreThanTwoAndAHalfHoursADayInTheSchoolYear() {
        Result result = check(pupil(14, 2.6, true));

        assertThat(findings(result)).containsExactly(confirmed("daily-hours", 2.5, 2.6, "h", ART_74_2));
        assertThat(result.firedRules()).contains(DAILY);
    }

    @Test
    void aFourteenYearOldPupilMayWorkTwoAndAHalfHoursADayInTheSchoolYear() {
        Result result = check(pupil(14, 2.5, true));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY);
    }

    @Test
    void thePupilsLimitDoesNotApplyOutsideTheSchoolYear() {
        Result result = check(pupil(16, 6, false));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY, DAILY_POSSIBLE);
    }

    @Test
    void anEighteenYearOldIsBoundOnlyByTheGeneralLawNotTheMinorsDailyLimit() {
        Result result = check(fiveDayWeek(18, 8, 40));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY, DAILY_POSSIBLE);
    }

    // --- daily limits on a six-day week, Art. 74(3) ---

    @Test
    void aSixteenYearOldOnASixDayWeekMayNotWorkMoreThanSixHoursADay() {
        Result result = check(sixDayWeek(16, 6.5));

        assertThat(findings(result)).containsExactly(
                confirmed("daily-hours", 6, 6.5, "h", ART_74_3),
                confirmed("weekly-hours", 35, 39, "h", ART_211));
        assertThat(result.firedRules()).contains(DAILY);
    }

    @Test
    void aSixteenYearOldOnASixDayWeekMayWorkSixHoursADay() {
        ObjectNode job = sixDayWeek(16, 6);
        schedule(job).put("hoursPerWeek", 35);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY);
    }

    @Test
    void aFifteenYearOldOnASixDayWeekMayNotWorkMoreThanFourHoursADay() {
        ObjectNode job = sixDayWeek(15, 4.5);
        schedule(job).put("hoursPerWeek", 24);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("daily-hours", 4, 4.5, "h", ART_74_3));
        assertThat(result.firedRules()).contains(DAILY);
    }

    @Test
    void aFifteenYearOldOnASixDayWeekMayWorkFourHoursADay() {
        Result result = check(sixDayWeek(15, 4));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY);
    }

    // --- limits that apply only if an unstated fact is so ---

    @Test
    void aSixteenYearOldWorkingMoreThanSixHoursADayIsSuspectedToBreakTheSixDayWeekLimitWhenTheWeekIsNotKnown() {
        ObjectNode job = minimalJob();
        schedule(job).put("hoursPerDay", 6.5).remove("hoursPerWeek");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("daily-hours", 6, 6.5, "h", ART_74_3));
        assertThat(reviewNotices(result)).containsExactly("fact-missing schedule.hoursPerWeek");
        assertThat(result.firedRules()).contains(DAILY_POSSIBLE).doesNotContain(DAILY);
    }

    @Test
    void aSixteenYearOldWorkingSixHoursADayKeepsEvenTheSixDayWeekLimitWhenTheWeekIsNotKnown() {
        ObjectNode job = minimalJob();
        schedule(job).remove("hoursPerWeek");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY_POSSIBLE, DAILY);
    }

    @Test
    void weeklyHoursThatFitInFiveWorkingDaysLeaveTheSixDayWeekLimitToConfirm() {
        // 32.5 h fit in five days of 6.5 h, but also in six days of which some are shorter: the days a week decide
        ObjectNode job = minimalJob();
        schedule(job).put("hoursPerDay", 6.5).put("hoursPerWeek", 32.5);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("daily-hours", 6, 6.5, "h", ART_74_3));
        assertThat(result.firedRules()).contains(DAILY_POSSIBLE).doesNotContain(DAILY);
    }

    @Test
    void aFiveDayWeekGivenKeepsTheFiveDayLimit() {
        ObjectNode job = minimalJob();
        schedule(job).put("hoursPerDay", 6.5).put("hoursPerWeek", 32.5).put("daysPerWeek", 5);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY_POSSIBLE, DAILY);
    }

    @Test
    void weeklyHoursThatNeedMoreThanFiveWorkingDaysMakeItASixDayWeek() {
        ObjectNode job = minimalJob();
        schedule(job).put("hoursPerDay", 6.5).put("hoursPerWeek", 33);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("daily-hours", 6, 6.5, "h", ART_74_3));
        assertThat(result.firedRules()).contains(DAILY).doesNotContain(DAILY_POSSIBLE);
    }

    @Test
    void aSixteenYearOldPupilWorkingMoreThanThreeAndAHalfHoursADayIsSuspectedToBreakThePupilsLimitWhenTheTermIsNotStated() {
        Result result = check(pupil(16, 3.6, null));

        assertThat(findings(result)).containsExactly(suspected("daily-hours", 3.5, 3.6, "h", ART_74_2));
        assertThat(result.firedRules()).contains(DAILY_POSSIBLE);
    }

    @Test
    void aSixteenYearOldPupilWorkingThreeAndAHalfHoursADayKeepsThePupilsLimitWhateverTheTerm() {
        Result result = check(pupil(16, 3.5, null));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY_POSSIBLE);
    }

    @Test
    void aSixteenYearOldWhoseSchoolingIsNotStatedIsSuspectedToBreakThePupilsLimit() {
        ObjectNode job = fiveDayWeek(16, 4, 20);
        worker(job).remove("inEducation");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("daily-hours", 3.5, 4, "h", ART_74_2));
        assertThat(result.firedRules()).contains(DAILY_POSSIBLE);
    }

    @Test
    void aBreachOfACertainDailyLimitIsReportedAloneWithoutTheMerelyPossibleStricterOnes() {
        ObjectNode job = pupil(16, 7.5, null);
        schedule(job).remove("daysPerWeek");
        schedule(job).put("hoursPerWeek", 30);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("daily-hours", 7, 7.5, "h", ART_74_2));
        assertThat(result.firedRules()).contains(DAILY).doesNotContain(DAILY_POSSIBLE);
    }

    // --- weekly limits, Art. 211 ---

    @Test
    void aFifteenYearOldMayNotWorkMoreThanTwentyFourHoursAWeek() {
        Result result = check(fiveDayWeek(15, 4.9, 24.5));

        assertThat(findings(result)).containsExactly(confirmed("weekly-hours", 24, 24.5, "h", ART_211));
        assertThat(result.firedRules()).contains(WEEKLY);
    }

    @Test
    void aFifteenYearOldMayWorkTwentyFourHoursAWeek() {
        Result result = check(fiveDayWeek(15, 4.8, 24));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(WEEKLY);
    }

    @Test
    void aSixteenYearOldMayNotWorkMoreThanThirtyFiveHoursAWeek() {
        Result result = check(fiveDayWeek(16, 7, 35.5));

        assertThat(findings(result)).containsExactly(confirmed("weekly-hours", 35, 35.5, "h", ART_211));
        assertThat(result.firedRules()).contains(WEEKLY);
    }

    @Test
    void aSixteenYearOldMayWorkThirtyFiveHoursAWeek() {
        Result result = check(fiveDayWeek(16, 7, 35));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(WEEKLY);
    }

    @Test
    void aWorkerWhoTurnsSixteenOnTheAssessmentDateMayWorkThirtyHoursAWeek() {
        ObjectNode job = bornOn(minimalJob(), "2010-05-12");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(WEEKLY, DAILY);
    }

    @Test
    void aWorkerWhoTurnsSixteenTheDayAfterTheAssessmentMayNotWorkThirtyHoursAWeekNorSixHoursADay() {
        ObjectNode job = bornOn(minimalJob(), "2010-05-13");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(
                confirmed("daily-hours", 5, 6, "h", ART_74_2),
                confirmed("weekly-hours", 24, 30, "h", ART_211));
        assertThat(result.firedRules()).contains(WEEKLY, DAILY).doesNotContain(DAILY_POSSIBLE);
    }

    // --- missing hours ---

    @Test
    void aMinorsDailyHoursAreAFactTheAssessmentNeeds() {
        ObjectNode job = minimalJob();
        schedule(job).remove("hoursPerDay");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).containsExactly("fact-missing schedule.hoursPerDay");
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.firedRules()).contains(DAILY_MISSING);
    }

    @Test
    void anAdultsDailyHoursAreNotNeeded() {
        ObjectNode job = minimalJob();
        worker(job).put("age", 18);
        schedule(job).remove("hoursPerDay");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(DAILY_MISSING);
    }

    @Test
    void aFourteenYearOldsWeeklyHoursAreAFactTheAssessmentNeeds() {
        ObjectNode job = pupil(14, 2, true);
        schedule(job).remove("hoursPerWeek");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).containsExactly("fact-missing schedule.hoursPerWeek");
        assertThat(result.firedRules()).contains(WEEKLY_MISSING).doesNotContain(DAILY_MISSING);
    }

    @Test
    void noWeeklyLimitIsWrittenBelowFourteenSoAThirteenYearOldsWeeklyHoursAreNotNeeded() {
        ObjectNode job = pupil(13, 2, true);
        work(job).put("creativeWork", true);
        schedule(job).remove("hoursPerWeek");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(WEEKLY_MISSING);
    }
}
