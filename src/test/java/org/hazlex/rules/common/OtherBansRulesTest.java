package org.hazlex.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * rules/common/other-bans.drl, judged with Tajik law: the other restrictions of Labour Code 2016 Art. 213, Art. 214 (full material liability)
 * and Art. 87 (rest days).
 */
class OtherBansRulesTest {

    private static final String OVERTIME = rule("overtime: a minor works overtime");
    private static final String SUMMARISED = rule("summarised-accounting: a minor's hours are accounted in summary over a period");
    private static final String BUSINESS_TRIP = rule("business-trip: a minor is sent on business trips");
    private static final String ROTATION = rule("rotation-work: a minor works on a rotation (vakhta) basis");
    private static final String RECALL = rule("recall-from-leave: a minor is recalled from paid annual leave");
    private static final String LIABILITY = rule("material-liability: a full material liability agreement with a minor");
    private static final String REST_DAY =
            rule("rest-day-work: a minor works on rest days, which the Code bans save in exceptional cases");

    private static final String SECOND_JOB = rule("second-job: a minor holds the job as a second job");
    private static final String REST_DAY_MINORS =
            rule("rest-day-work: a minor works on rest days, which the law bans for minors");

    private static final String SECOND_JOB_CONDITIONAL = rule("second-job: a minor holds a second job, which the law bans for"
            + " minors only under conditions the job does not state");
    private static final String OVERTIME_CREATIVE =
            rule("overtime: a minor in creative work works overtime, where the ban excepts creative work on conditions");
    private static final String TRIP_CREATIVE = rule("business-trip: a minor in creative work is sent on business trips, where"
            + " the ban excepts creative work on conditions");
    private static final String REST_DAY_CREATIVE = rule("rest-day-work: a minor in creative work works on rest days, where the"
            + " ban excepts creative work on conditions");

    private static final String ART_213 = "TJ-LC2016/213";

    private static ObjectNode withSchedule(String field, boolean value) {
        ObjectNode job = minimalJob();
        schedule(job).put(field, value);
        return job;
    }

    private static ObjectNode withJob(String field, boolean value) {
        ObjectNode job = minimalJob();
        work(job).put(field, value);
        return job;
    }

    @Test
    void theDrlFileHoldsExactlyTheRulesTestedHere() {
        assertThat(RuleHarness.rulesIn("common/other-bans.drl"))
                .containsExactlyInAnyOrder(OVERTIME, SUMMARISED, BUSINESS_TRIP, ROTATION, RECALL, LIABILITY, REST_DAY,
                        SECOND_JOB, REST_DAY_MINORS, SECOND_JOB_CONDITIONAL, OVERTIME_CREATIVE, TRIP_CREATIVE,
                        REST_DAY_CREATIVE);
    }

    // --- overtime ---

    @Test
    void evenHalfAnHourOfOvertimeAWeekIsBannedForAMinor() {
        ObjectNode job = minimalJob();
        schedule(job).put("overtimeHoursPerWeek", 0.5);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("overtime", 0, 0.5, "h", ART_213));
        assertThat(result.firedRules()).contains(OVERTIME);
    }

    @Test
    void aMinorWithNoOvertimeKeepsTheBan() {
        ObjectNode job = minimalJob();
        schedule(job).put("overtimeHoursPerWeek", 0);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(OVERTIME);
    }

    @Test
    void anEighteenYearOldMayWorkOvertime() {
        ObjectNode job = minimalJob();
        worker(job).put("age", 18);
        schedule(job).put("overtimeHoursPerWeek", 4);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(OVERTIME);
    }

    @Test
    void theBanOnOvertimeAppliesFromTheDayThe2016CodeWasSigned() {
        ObjectNode job = minimalJob();
        job.put("assessedOn", "2016-07-23");
        schedule(job).put("overtimeHoursPerWeek", 2);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("overtime", 0, 2, "h", ART_213));
        assertThat(result.firedRules()).contains(OVERTIME);
    }

    @Test
    void theDayBeforeThe2016CodeWasSignedOvertimeIsAGapInTheEncodedLawNotAFinding() {
        ObjectNode job = minimalJob();
        job.put("assessedOn", "2016-07-22");
        schedule(job).put("overtimeHoursPerWeek", 2);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).contains("law-not-encoded TJ-gap/lc1997-other-bans");
        assertThat(result.firedRules()).doesNotContain(OVERTIME);
    }

    // --- summarised accounting, business trips, rotation, recall from leave (Art. 213) ---

    @Test
    void aMinorsHoursMayNotBeAccountedInSummary() {
        Result result = check(withSchedule("summarisedAccounting", true));

        assertThat(findings(result)).containsExactly(confirmed("summarised-accounting", ART_213));
        assertThat(result.firedRules()).contains(SUMMARISED);
    }

    @Test
    void aMinorsHoursAccountedDailyAreLawful() {
        Result result = check(withSchedule("summarisedAccounting", false));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(SUMMARISED);
    }

    @Test
    void aMinorMayNotBeSentOnBusinessTrips() {
        Result result = check(withJob("businessTrips", true));

        assertThat(findings(result)).containsExactly(confirmed("business-trip", ART_213));
        assertThat(result.firedRules()).contains(BUSINESS_TRIP);
    }

    @Test
    void aMinorWhoIsNotSentOnBusinessTripsKeepsTheBan() {
        Result result = check(withJob("businessTrips", false));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(BUSINESS_TRIP);
    }

    @Test
    void anEighteenYearOldMayBeSentOnBusinessTrips() {
        ObjectNode job = withJob("businessTrips", true);
        worker(job).put("age", 18);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(BUSINESS_TRIP);
    }

    @Test
    void aMinorMayNotWorkOnARotationBasis() {
        Result result = check(withJob("rotationWork", true));

        assertThat(findings(result)).containsExactly(confirmed("rotation-work", ART_213));
        assertThat(result.firedRules()).contains(ROTATION);
    }

    @Test
    void aMinorWhoDoesNotWorkOnARotationBasisKeepsTheBan() {
        Result result = check(withJob("rotationWork", false));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(ROTATION);
    }

    @Test
    void aMinorMayNotBeRecalledFromPaidAnnualLeave() {
        Result result = check(withJob("recalledFromLeave", true));

        assertThat(findings(result)).containsExactly(confirmed("recall-from-leave", ART_213));
        assertThat(result.firedRules()).contains(RECALL);
    }

    @Test
    void aMinorWhoIsNotRecalledFromLeaveKeepsTheBan() {
        Result result = check(withJob("recalledFromLeave", false));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(RECALL);
    }

    // --- full material liability (Art. 214) ---

    @Test
    void aFullMaterialLiabilityAgreementWithAMinorIsBanned() {
        Result result = check(withJob("fullMaterialLiability", true));

        assertThat(findings(result)).containsExactly(confirmed("material-liability", "TJ-LC2016/214"));
        assertThat(result.firedRules()).contains(LIABILITY);
    }

    @Test
    void aMinorWithoutAFullMaterialLiabilityAgreementKeepsTheBan() {
        Result result = check(withJob("fullMaterialLiability", false));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(LIABILITY);
    }

    @Test
    void anEighteenYearOldMayAgreeToFullMaterialLiability() {
        ObjectNode job = withJob("fullMaterialLiability", true);
        worker(job).put("age", 18);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(LIABILITY);
    }

    // --- rest days (Art. 87) ---

    @Test
    void aMinorWorkingOnRestDaysIsSuspectedToBreakTheBanWhichAllowsExceptionalCases() {
        Result result = check(withSchedule("worksOnRestDays", true));

        assertThat(findings(result)).containsExactly(suspected("rest-day-work", "TJ-LC2016/87"));
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.firedRules()).contains(REST_DAY);
    }

    @Test
    void aMinorWhoDoesNotWorkOnRestDaysKeepsTheBan() {
        Result result = check(withSchedule("worksOnRestDays", false));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(REST_DAY);
    }

    @Test
    void allTheBansOfArticle213AreReportedTogether() {
        ObjectNode job = minimalJob();
        work(job).put("businessTrips", true).put("rotationWork", true).put("recalledFromLeave", true);
        schedule(job).put("summarisedAccounting", true).put("overtimeHoursPerWeek", 1);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(
                confirmed("business-trip", ART_213),
                confirmed("overtime", 0, 1, "h", ART_213),
                confirmed("recall-from-leave", ART_213),
                confirmed("rotation-work", ART_213),
                confirmed("summarised-accounting", ART_213));
        assertThat(result.firedRules()).contains(OVERTIME, SUMMARISED, BUSINESS_TRIP, ROTATION, RECALL);
    }

    // --- second jobs (Kazakhstan Art. 26(2)(5)); Tajik law has no such ban ---

    @Test
    void aSecondJobIsBannedForAMinorInKazakhstan() {
        ObjectNode job = withJob("secondJob", true);
        job.put("country", "KZ");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("second-job", "KZ-LC2015/26.2.5"));
        assertThat(result.firedRules()).contains(SECOND_JOB);
    }

    @Test
    void aMainJobInKazakhstanIsNoSecondJob() {
        ObjectNode job = withJob("secondJob", false);
        job.put("country", "KZ");

        assertThat(check(job).firedRules()).doesNotContain(SECOND_JOB);
    }

    @Test
    void tajikLawBansNoSecondJob() {
        Result result = check(withJob("secondJob", true));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(SECOND_JOB);
    }

    // --- rest days banned for minors outright (Uzbekistan Art. 417(1)) ---

    @Test
    void restDayWorkIsBannedForAMinorInUzbekistan() {
        ObjectNode job = withSchedule("worksOnRestDays", true);
        job.put("country", "UZ");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("rest-day-work", "UZ-LC2022/417.1"));
        assertThat(result.firedRules()).contains(REST_DAY_MINORS).doesNotContain(REST_DAY);
    }

    @Test
    void beforeThe2025WordingTheUzbekRestDayBanIsUnverifiedSoOnlySuspected() {
        ObjectNode job = withSchedule("worksOnRestDays", true);
        job.put("country", "UZ");
        job.put("assessedOn", "2024-05-12");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("rest-day-work", "UZ-LC2022/417.1-2023"));
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    // --- Kyrgyz Labour Code 2025: conditional second-job bans (Arts. 57(1), 162(4)); the creative exception of Art. 142(1) ---

    private static ObjectNode kyrgyz(ObjectNode job) {
        return job.put("country", "KG");
    }

    @Test
    void aSecondJobWhoseBanDependsOnConditionsTheJobDoesNotStateIsToBeConfirmedUnderEachBan() {
        Result result = check(kyrgyz(withJob("secondJob", true)));

        assertThat(findings(result)).containsExactlyInAnyOrder(suspected("second-job", "KG-LC2025/57.1"),
                suspected("second-job", "KG-LC2025/162.4"));
        assertThat(result.firedRules()).contains(SECOND_JOB_CONDITIONAL).doesNotContain(SECOND_JOB);
    }

    @Test
    void overtimeInCreativeWorkWhereTheBanExceptsCreativeWorkIsToBeConfirmed() {
        ObjectNode job = kyrgyz(withJob("creativeWork", true));
        schedule(job).put("overtimeHoursPerWeek", 2);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("overtime", 0, 2, "h", "KG-LC2025/57.5"));
        assertThat(result.firedRules()).contains(OVERTIME_CREATIVE).doesNotContain(OVERTIME);
    }

    @Test
    void businessTripsAndRestDaysInCreativeWorkWhereTheBanExceptsCreativeWorkAreToBeConfirmed() {
        ObjectNode job = kyrgyz(withJob("creativeWork", true));
        work(job).put("businessTrips", true);
        schedule(job).put("worksOnRestDays", true);

        Result result = check(job);

        assertThat(findings(result)).containsExactlyInAnyOrder(suspected("business-trip", "KG-LC2025/142.1"),
                suspected("rest-day-work", "KG-LC2025/142.1"));
        assertThat(result.firedRules()).contains(TRIP_CREATIVE, REST_DAY_CREATIVE).doesNotContain(BUSINESS_TRIP, REST_DAY_MINORS);
    }

    @Test
    void businessTripsAndRestDaysOutsideCreativeWorkAreBannedOutright() {
        ObjectNode job = kyrgyz(withJob("businessTrips", true));
        schedule(job).put("worksOnRestDays", true);

        Result result = check(job);

        assertThat(findings(result)).containsExactlyInAnyOrder(confirmed("business-trip", "KG-LC2025/142.1"),
                confirmed("rest-day-work", "KG-LC2025/142.1"));
        assertThat(result.firedRules()).doesNotContain(TRIP_CREATIVE, REST_DAY_CREATIVE);
    }

    @Test
    void creativeWorkDoesNotSoftenABanThatMakesNoException() {
        ObjectNode job = withJob("creativeWork", true);
        schedule(job).put("overtimeHoursPerWeek", 2);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("overtime", 0, 2, "h", ART_213));
        assertThat(result.firedRules()).doesNotContain(OVERTIME_CREATIVE);
    }
}
