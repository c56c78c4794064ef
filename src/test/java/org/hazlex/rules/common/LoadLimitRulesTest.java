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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** rules/common/load-limits.drl, judged with Tajik law: the table of load norms of Decree No. 169 (Art. 208(2) of the Labour Code). */
class LoadLimitRulesTest {

    private static final String SINGLE = rule(
            "load-limit: a load heavier than the norm for the worker's age, sex and frequency on every reading of the facts");
    private static final String SINGLE_SOME =
            rule("load-limit: a load heavier than the norm on some readings of the worker's sex or the load's frequency");
    private static final String SHIFT_TOTAL =
            rule("load-limit: a shift total above the norm for the worker's age and sex on every reading of the facts");
    private static final String SHIFT_TOTAL_SOME = rule("load-limit: a shift total above the norm on some readings of the worker's sex");
    private static final String NO_NORM = rule("load-limit: a load for which the table sets no norm at the worker's age");

    private static final String NORMS_NOT_ENCODED =
            rule("load-limit: a load a minor carries where the norms the law bans loads above are not encoded");

    private static final String LOADS = "TJ-D169/loads";

    /** The minimal job of a worker of the given age and sex lifting one load. */
    private static ObjectNode lifting(int age, String sex, double kg, String frequency) {
        ObjectNode job = minimalJob();
        worker(job).put("age", age).put("sex", sex);
        ObjectNode load = job.putArray("loads").addObject().put("kg", kg);
        if (frequency != null) {
            load.put("frequency", frequency);
        }
        return job;
    }

    private static ObjectNode moving(int age, String sex, double kg, String liftedFrom) {
        ObjectNode job = minimalJob();
        worker(job).put("age", age).put("sex", sex);
        job.putArray("shiftTotals").addObject().put("kg", kg).put("liftedFrom", liftedFrom);
        return job;
    }

    @Test
    void theDrlFileHoldsExactlyTheRulesTestedHere() {
        assertThat(RuleHarness.rulesIn("common/load-limits.drl")).containsExactlyInAnyOrder(SINGLE, SINGLE_SOME, SHIFT_TOTAL,
                SHIFT_TOTAL_SOME, NO_NORM, NORMS_NOT_ENCODED);
    }

    // --- single loads ---

    @Test
    void aSixteenYearOldBoyMayNotLiftMoreThanTwentyKilogramsAlternatingWithOtherWork() {
        Result result = check(lifting(16, "male", 20.5, "occasional"));

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 20, 20.5, "kg", LOADS));
        assertThat(result.firedRules()).contains(SINGLE);
    }

    @Test
    void aSixteenYearOldBoyMayLiftTwentyKilogramsAlternatingWithOtherWork() {
        Result result = check(lifting(16, "male", 20, "occasional"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(SINGLE);
    }

    @Test
    void aSixteenYearOldGirlMayNotLiftMoreThanSevenKilogramsAlternatingWithOtherWork() {
        Result result = check(lifting(16, "female", 7.5, "occasional"));

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 7, 7.5, "kg", LOADS));
        assertThat(result.firedRules()).contains(SINGLE);
    }

    @Test
    void aSixteenYearOldGirlMayLiftSevenKilogramsAlternatingWithOtherWork() {
        Result result = check(lifting(16, "female", 7, "occasional"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(SINGLE);
    }

    @Test
    void aSixteenYearOldBoyMayNotLiftMoreThanFourKilogramsConstantlyThroughTheShift() {
        Result result = check(lifting(16, "male", 4.5, "constant"));

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 4, 4.5, "kg", LOADS));
        assertThat(result.firedRules()).contains(SINGLE);
    }

    @Test
    void aSixteenYearOldBoyMayLiftFourKilogramsConstantlyThroughTheShift() {
        Result result = check(lifting(16, "male", 4, "constant"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(SINGLE);
    }

    @Test
    void aFourteenYearOldGirlMayNotLiftMoreThanTwoKilogramsConstantly() {
        ObjectNode job = lifting(14, "female", 2.5, "constant");
        worker(job).put("inEducation", true).put("parentalConsent", true);
        schedule(job).put("hoursPerDay", 2).put("hoursPerWeek", 10).put("daysPerWeek", 5).put("schoolTerm", true);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 2, 2.5, "kg", LOADS));
        assertThat(result.firedRules()).contains(SINGLE);
    }

    // --- facts not given: every reading of the worker's sex and the load's frequency is weighed ---

    @Test
    void whenTheSexIsNotGivenALoadAboveTheGirlsNormOnlyIsToConfirmWithTheLimitOfEachReading() {
        ObjectNode job = lifting(16, "male", 7.5, "occasional");
        worker(job).remove("sex");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("load-limit", 7, 7.5, "kg", LOADS));
        assertThat(result.findings().get(0).args()).containsEntry("settle", "worker.sex").containsEntry("assumedFacts", "sex");
        assertThat((java.util.List<?>) result.findings().get(0).args().get("readings")).hasSize(2);
        assertThat(result.firedRules()).contains(SINGLE_SOME).doesNotContain(SINGLE);
    }

    @Test
    void whenTheSexIsNotGivenALoadAboveEveryNormIsConfirmedCitingTheMostLenient() {
        ObjectNode job = lifting(16, "male", 21, "occasional");
        worker(job).remove("sex");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 20, 21, "kg", LOADS));
        assertThat(result.findings().get(0).args()).doesNotContainKey("settle").containsEntry("assumedFacts", "sex");
        assertThat(result.firedRules()).contains(SINGLE).doesNotContain(SINGLE_SOME);
    }

    @Test
    void whenTheSexIsNotGivenALoadWithinTheGirlsNormIsLawful() {
        ObjectNode job = lifting(16, "male", 7, "occasional");
        worker(job).remove("sex");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(SINGLE, SINGLE_SOME);
    }

    @Test
    void aBoyOfSixteenCarryingTenKilogramsWithoutAFrequencyIsToConfirm20KgIfOccasional4KgIfConstant() {
        Result result = check(lifting(16, "male", 10, null));

        assertThat(findings(result)).containsExactly(suspected("load-limit", 4, 10, "kg", LOADS));
        assertThat(result.findings().get(0).args()).containsEntry("settle", "loads[0].frequency");
        assertThat(result.toSettle()).extracting(t -> t.reason().code() + " " + t.field())
                .containsExactly("fact-missing loads[0].frequency");
        assertThat(new org.hazlex.report.Messages(java.util.Locale.ROOT).finding(result.findings().get(0)))
                .contains("20 kg if occasional (alternating with other work), 4 kg if constant (through the shift)");
        assertThat(result.firedRules()).contains(SINGLE_SOME).doesNotContain(SINGLE);
    }

    @Test
    void whenTheFrequencyIsNotGivenALoadAboveTheOccasionalNormIsConfirmed() {
        Result result = check(lifting(16, "male", 21, null));

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 20, 21, "kg", LOADS));
        assertThat(result.firedRules()).contains(SINGLE).doesNotContain(SINGLE_SOME);
    }

    @Test
    void whenTheSexIsNotGivenAShiftTotalAboveTheGirlsNormOnlyIsToConfirm() {
        ObjectNode job = moving(16, "male", 450, "surface");
        worker(job).remove("sex");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("load-limit", 400, 450, "kg", LOADS));
        assertThat(result.findings().get(0).args()).containsEntry("settle", "worker.sex");
        assertThat(result.firedRules()).contains(SHIFT_TOTAL_SOME).doesNotContain(SHIFT_TOTAL);
    }

    @Test
    void whenTheSexIsNotGivenAShiftTotalAboveEveryNormIsConfirmed() {
        ObjectNode job = moving(16, "male", 1100, "surface");
        worker(job).remove("sex");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 1000, 1100, "kg", LOADS));
        assertThat(result.firedRules()).contains(SHIFT_TOTAL).doesNotContain(SHIFT_TOTAL_SOME);
    }

    @Test
    void eachLoadIsAssessedAgainstItsOwnNorm() {
        ObjectNode job = lifting(16, "male", 20.5, "occasional");
        ArrayNode loads = (ArrayNode) job.get("loads");
        loads.addObject().put("kg", 4.5).put("frequency", "constant");
        loads.addObject().put("kg", 19).put("frequency", "occasional");

        Result result = check(job);

        assertThat(findings(result)).containsExactlyInAnyOrder(
                confirmed("load-limit", 20, 20.5, "kg", LOADS),
                confirmed("load-limit", 4, 4.5, "kg", LOADS));
        assertThat(result.findings()).extracting(f -> f.args().get("part")).containsExactlyInAnyOrder(0, 1);
        assertThat(result.firedRules()).contains(SINGLE);
    }

    @Test
    void aBoyWhoTurnsSeventeenOnTheAssessmentDateMayLiftTwentyFourKilograms() {
        ObjectNode job = bornOn(lifting(0, "male", 24, "occasional"), "2009-05-12");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(SINGLE);
    }

    @Test
    void aBoyWhoTurnsSeventeenTheDayAfterTheAssessmentMayNotLiftTwentyFourKilograms() {
        ObjectNode job = bornOn(lifting(0, "male", 24, "occasional"), "2009-05-13");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 20, 24, "kg", LOADS));
        assertThat(result.firedRules()).contains(SINGLE);
    }

    @Test
    void anEighteenYearOldIsNotBoundByTheMinorsLoadNorms() {
        Result result = check(lifting(18, "female", 25, "constant"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(SINGLE, NO_NORM);
    }

    // --- the total mass moved in a shift ---

    @Test
    void aSixteenYearOldBoyMayNotMoveMoreThanOneTonneFromAWorkSurfaceInAShift() {
        Result result = check(moving(16, "male", 1000.5, "surface"));

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 1000, 1000.5, "kg", LOADS));
        assertThat(result.firedRules()).contains(SHIFT_TOTAL);
    }

    @Test
    void aSixteenYearOldBoyMayMoveOneTonneFromAWorkSurfaceInAShift() {
        Result result = check(moving(16, "male", 1000, "surface"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(SHIFT_TOTAL);
    }

    @Test
    void aSeventeenYearOldGirlMayNotMoveMoreThan250KilogramsFromTheFloorInAShift() {
        Result result = check(moving(17, "female", 250.5, "floor"));

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 250, 250.5, "kg", LOADS));
        assertThat(result.firedRules()).contains(SHIFT_TOTAL);
    }

    @Test
    void aSeventeenYearOldGirlMayMove250KilogramsFromTheFloorInAShift() {
        Result result = check(moving(17, "female", 250, "floor"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(SHIFT_TOTAL);
    }

    @Test
    void theFloorNormNotTheSurfaceNormBindsWhatIsLiftedFromTheFloor() {
        Result result = check(moving(16, "male", 600, "floor"));

        assertThat(findings(result)).containsExactly(confirmed("load-limit", 500, 600, "kg", LOADS));
        assertThat(result.firedRules()).contains(SHIFT_TOTAL);
    }

    // --- no norm below fourteen ---

    private static ObjectNode creativePupilAged(int age) {
        ObjectNode job = minimalJob();
        worker(job).put("age", age).put("inEducation", true).put("parentalConsent", true);
        work(job).put("creativeWork", true);
        schedule(job).put("hoursPerDay", 2).put("hoursPerWeek", 10).put("daysPerWeek", 5).put("schoolTerm", true);
        return job;
    }

    @Test
    void aLoadLiftedByAThirteenYearOldIsSuspectBecauseTheTableSetsNoNormBelowFourteen() {
        ObjectNode job = creativePupilAged(13);
        job.putArray("loads").addObject().put("kg", 1).put("frequency", "occasional");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("load-limit", LOADS));
        assertThat(result.findings().get(0).args()).containsEntry("age", 13).containsEntry("partKind", "load");
        assertThat(result.firedRules()).contains(NO_NORM).doesNotContain(SINGLE);
    }

    @Test
    void aShiftTotalMovedByAThirteenYearOldIsSuspectBecauseTheTableSetsNoNormBelowFourteen() {
        ObjectNode job = creativePupilAged(13);
        job.putArray("shiftTotals").addObject().put("kg", 10).put("liftedFrom", "surface");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("load-limit", LOADS));
        assertThat(result.findings().get(0).args()).containsEntry("partKind", "shift-total");
        assertThat(result.firedRules()).contains(NO_NORM).doesNotContain(SHIFT_TOTAL);
    }

    @Test
    void aLoadLiftedByAPupilOnHisFourteenthBirthdayIsAssessedAgainstTheFourteenYearOldsNorm() {
        ObjectNode job = bornOn(creativePupilAged(0), "2012-05-12");
        work(job).remove("creativeWork");
        job.putArray("loads").addObject().put("kg", 12).put("frequency", "occasional");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(NO_NORM, SINGLE);
    }

    @Test
    void onTheDayDecree169WasAdoptedALoadLiftedByAThirteenYearOldBecomesSuspect() {
        ObjectNode job = creativePupilAged(13);
        job.put("assessedOn", "2014-03-04");
        job.putArray("loads").addObject().put("kg", 1).put("frequency", "occasional");

        Result result = check(job);

        assertThat(findings(result)).containsExactlyInAnyOrder(
                suspected("minimum-age", 14, 13, "years", "TJ-LC1997/174"),
                suspected("load-limit", LOADS));
        assertThat(result.firedRules()).contains(NO_NORM);
    }

    @Test
    void theDayBeforeDecree169NoLoadNormsAreEncodedSoNoLoadIsSuspectForWantOfOne() {
        ObjectNode job = creativePupilAged(13);
        job.put("assessedOn", "2014-03-03");
        job.putArray("loads").addObject().put("kg", 1).put("frequency", "occasional");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("minimum-age", 14, 13, "years", "TJ-LC1997/174"));
        assertThat(reviewNotices(result)).contains("law-not-encoded TJ-gap/loads-before-169");
        assertThat(result.firedRules()).doesNotContain(NO_NORM, SINGLE);
    }

    // --- a ban on loads above norms that are not encoded (Kyrgyz Labour Code 2025 Art. 139(2)) ---

    @Test
    void aLoadUnderABanOnLoadsAboveNormsThatAreNotEncodedIsToBeConfirmedCitingTheBan() {
        ObjectNode job = lifting(12, "male", 30, "occasional");
        job.put("country", "KG");

        Result result = check(job);

        assertThat(findings(result)).contains(new RuleHarness.Shape("load-limit", org.hazlex.findings.Certainty.SUSPECTED,
                null, 30.0, "kg", "KG-LC2025/139.2"));
        assertThat(result.firedRules()).contains(NORMS_NOT_ENCODED).doesNotContain(NO_NORM, SINGLE);
    }

    @Test
    void eachLoadAndShiftTotalUnderSuchABanGetsItsOwnFinding() {
        ObjectNode job = lifting(16, "female", 5, "constant");
        job.put("country", "KG");
        job.withArray("loads").addObject().put("kg", 12);
        job.putArray("shiftTotals").addObject().put("kg", 300).put("liftedFrom", "floor");

        Result result = check(job);

        assertThat(result.findings()).filteredOn(f -> f.kind().equals("load-limit")).hasSize(3)
                .allSatisfy(f -> assertThat(f.provision().id()).isEqualTo("KG-LC2025/139.2"));
    }

    @Test
    void whereTheNormsAreEncodedTheBanOnLoadsAboveThemIsNotJudgedAgain() {
        Result result = check(lifting(16, "male", 21, "occasional"));

        assertThat(result.firedRules()).doesNotContain(NORMS_NOT_ENCODED);
    }
}
