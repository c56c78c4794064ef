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

import java.util.Map;
import org.hazlex.findings.Result;
import org.hazlex.findings.Verdict;
import org.hazlex.legislation.LocalText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** rules/common/night-work.drl, judged with Tajik law: night is 22:00 to 06:00 (Art. 77(1)) and banned for workers under 18 (Art. 213). */
class NightWorkRulesTest {

    private static final String NIGHT_WORK = rule("night-work: a minor works within the night window");
    private static final String TIMES_MISSING = rule("night-work: start and end of work not given for a minor");
    private static final String CREATIVE = rule("night-work: a minor in creative work works within the night window, where"
            + " the ban excepts creative work on conditions");

    private static final String ART_213 = "TJ-LC2016/213";

    private static ObjectNode shift(String start, String end) {
        ObjectNode job = minimalJob();
        schedule(job).put("start", start).put("end", end);
        return job;
    }

    @Test
    void theDrlFileHoldsExactlyTheRulesTestedHere() {
        assertThat(RuleHarness.rulesIn("common/night-work.drl")).containsExactlyInAnyOrder(NIGHT_WORK, TIMES_MISSING, CREATIVE);
    }

    @Test
    void aMinorsShiftEndingAtTenInTheEveningIsNotNightWork() {
        Result result = check(shift("16:00", "22:00"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(NIGHT_WORK);
    }

    @Test
    void aMinorsShiftEndingOneMinuteAfterTenInTheEveningIsNightWork() {
        Result result = check(shift("16:01", "22:01"));

        assertThat(findings(result)).containsExactly(confirmed("night-work", 0, 1 / 60.0, "h", ART_213));
        assertThat(result.findings().get(0).args())
                .containsEntry("from", "22:00").containsEntry("to", "06:00")
                .containsEntry("windowArticle", new LocalText(Map.of("en", "Art. 77(1)", "ru", "ч. 1 ст. 77")));
        assertThat(result.firedRules()).contains(NIGHT_WORK);
    }

    @Test
    void aMinorsShiftStartingAtSixInTheMorningIsNotNightWork() {
        Result result = check(shift("06:00", "12:00"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(NIGHT_WORK);
    }

    @Test
    void aMinorsShiftStartingOneMinuteBeforeSixInTheMorningIsNightWork() {
        Result result = check(shift("05:59", "11:59"));

        assertThat(findings(result)).containsExactly(confirmed("night-work", 0, 1 / 60.0, "h", ART_213));
        assertThat(result.firedRules()).contains(NIGHT_WORK);
    }

    @Test
    void aMinorsEveningShiftRunningPastMidnightCountsTheNightHoursOnBothDays() {
        Result result = check(shift("20:00", "02:00"));

        assertThat(findings(result)).containsExactly(confirmed("night-work", 0, 4, "h", ART_213));
        assertThat(result.firedRules()).contains(NIGHT_WORK);
    }

    @Test
    void aMinorsShiftEndingAtMidnightWorksTwoNightHours() {
        Result result = check(shift("18:00", "24:00"));

        assertThat(findings(result)).containsExactly(confirmed("night-work", 0, 2, "h", ART_213));
        assertThat(result.firedRules()).contains(NIGHT_WORK);
    }

    @Test
    void aMinorsWholeNightShiftIsEightHoursOfNightWork() {
        ObjectNode job = shift("22:00", "06:00");
        schedule(job).put("hoursPerDay", 8).put("daysPerWeek", 5).put("hoursPerWeek", 35);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(
                confirmed("daily-hours", 7, 8, "h", "TJ-LC2016/74.2"),
                confirmed("night-work", 0, 8, "h", ART_213));
        assertThat(result.firedRules()).contains(NIGHT_WORK);
    }

    @Test
    void aNightShiftIsBannedTheDayBeforeTheWorkersEighteenthBirthday() {
        ObjectNode job = bornOn(shift("20:00", "02:00"), "2008-05-13");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("night-work", 0, 4, "h", ART_213));
        assertThat(result.firedRules()).contains(NIGHT_WORK);
    }

    @Test
    void aNightShiftIsNoConcernOfTheMinorsRulesFromTheWorkersEighteenthBirthday() {
        ObjectNode job = bornOn(shift("20:00", "02:00"), "2008-05-12");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(NIGHT_WORK);
    }

    @Test
    void underThe1997CodeANightShiftIsAGapNotAFinding() {
        ObjectNode job = shift("20:00", "02:00");
        job.put("assessedOn", "2016-07-22");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).contains("law-not-encoded TJ-gap/lc1997-night");
        assertThat(result.firedRules()).doesNotContain(NIGHT_WORK, TIMES_MISSING);
    }

    @Test
    void aMinorsStartAndEndOfWorkAreFactsTheAssessmentNeeds() {
        ObjectNode job = minimalJob();
        schedule(job).remove("start");
        schedule(job).remove("end");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).containsExactly("fact-missing schedule.start");
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.firedRules()).contains(TIMES_MISSING).doesNotContain(NIGHT_WORK);
    }

    @Test
    void aMinorsGivenStartAndEndOfWorkLeaveNothingMissing() {
        Result result = check(minimalJob());

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(TIMES_MISSING);
    }

    @Test
    void anAdultsStartAndEndOfWorkAreNotNeeded() {
        ObjectNode job = minimalJob();
        worker(job).put("age", 18);
        schedule(job).remove("start");
        schedule(job).remove("end");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(TIMES_MISSING);
    }

    // --- a ban that excepts creative work on conditions (Kyrgyz Labour Code 2025 Arts. 56(7)-(8), 142(1)) ---

    @Test
    void aMinorInCreativeWorkAtNightWhereTheBanExceptsCreativeWorkIsToBeConfirmed() {
        ObjectNode job = shift("18:00", "23:00");
        job.put("country", "KG");
        work(job).put("creativeWork", true);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("night-work", 0, 1, "h", "KG-LC2025/56.7"));
        assertThat(result.firedRules()).contains(CREATIVE).doesNotContain(NIGHT_WORK);
    }

    @Test
    void aMinorAtNightOutsideCreativeWorkIsBannedWhereTheBanExceptsCreativeWork() {
        ObjectNode job = shift("18:00", "23:00");
        job.put("country", "KG");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("night-work", 0, 1, "h", "KG-LC2025/56.7"));
        assertThat(result.firedRules()).contains(NIGHT_WORK).doesNotContain(CREATIVE);
    }

    @Test
    void aMinorInCreativeWorkAtNightIsBannedWhereTheBanMakesNoException() {
        ObjectNode job = shift("18:00", "23:00");
        work(job).put("creativeWork", true);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("night-work", 0, 1, "h", ART_213));
        assertThat(result.firedRules()).doesNotContain(CREATIVE);
    }
}
