package org.hazlex.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazlex.rules.common.RuleHarness.check;
import static org.hazlex.rules.common.RuleHarness.confirmed;
import static org.hazlex.rules.common.RuleHarness.findings;
import static org.hazlex.rules.common.RuleHarness.minimalJob;
import static org.hazlex.rules.common.RuleHarness.rule;
import static org.hazlex.rules.common.RuleHarness.work;
import static org.hazlex.rules.common.RuleHarness.worker;

import org.hazlex.findings.Certainty;
import org.hazlex.findings.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** rules/common/leave-and-medical.drl, judged with Tajik law: annual leave of workers under 18 (Art. 94(2)) and their medical examinations (Art. 210). */
class LeaveAndMedicalRulesTest {

    private static final String LEAVE = rule("annual-leave: a minor's annual leave is shorter than the law's");
    private static final String NO_EXAM_BEFORE_HIRING =
            rule("medical-exam: a minor was hired without the preliminary medical examination");
    private static final String EXAM_OVERDUE =
            rule("medical-exam: a minor's last medical examination is older than the yearly interval");

    private static final String ART_94_2 = "TJ-LC2016/94.2";
    private static final String ART_210 = "TJ-LC2016/210";

    private static ObjectNode withLeave(int days) {
        ObjectNode job = minimalJob();
        work(job).put("annualLeaveDays", days);
        return job;
    }

    private static ObjectNode lastExaminedOn(String date) {
        ObjectNode job = minimalJob();
        worker(job).put("preEmploymentMedicalExam", true).put("lastMedicalExamOn", date);
        return job;
    }

    @Test
    void theDrlFileHoldsExactlyTheRulesTestedHere() {
        assertThat(RuleHarness.rulesIn("common/leave-and-medical.drl"))
                .containsExactlyInAnyOrder(LEAVE, NO_EXAM_BEFORE_HIRING, EXAM_OVERDUE);
    }

    // --- annual leave, Art. 94(2) ---

    @Test
    void aMinorsAnnualLeaveOfTwentyNineDaysIsOneDayShort() {
        Result result = check(withLeave(29));

        assertThat(findings(result)).containsExactly(confirmed("annual-leave", 30, 29, "days", ART_94_2));
        assertThat(result.firedRules()).contains(LEAVE);
    }

    @Test
    void aMinorsAnnualLeaveOfThirtyCalendarDaysIsLawful() {
        Result result = check(withLeave(30));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(LEAVE);
    }

    @Test
    void anEighteenYearOldIsNotOwedTheMinorsLongerLeave() {
        ObjectNode job = withLeave(24);
        worker(job).put("age", 18);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(LEAVE);
    }

    // --- medical examination before hiring, Art. 210 ---

    @Test
    void aMinorHiredWithoutThePreliminaryMedicalExaminationIsEmployedUnlawfully() {
        ObjectNode job = minimalJob();
        worker(job).put("preEmploymentMedicalExam", false);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("medical-exam", ART_210));
        assertThat(result.firedRules()).contains(NO_EXAM_BEFORE_HIRING);
    }

    @Test
    void aMinorHiredAfterThePreliminaryMedicalExaminationIsEmployedLawfully() {
        ObjectNode job = minimalJob();
        worker(job).put("preEmploymentMedicalExam", true);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(NO_EXAM_BEFORE_HIRING);
    }

    @Test
    void anAdultHiredWithoutAMedicalExaminationIsNoConcernOfArticle210() {
        ObjectNode job = minimalJob();
        worker(job).put("age", 18).put("preEmploymentMedicalExam", false);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(NO_EXAM_BEFORE_HIRING);
    }

    // --- the yearly examination, Art. 210 ---

    @Test
    void aMinorLastExaminedOneYearAndOneDayAgoIsOverdue() {
        Result result = check(lastExaminedOn("2025-05-11"));

        assertThat(findings(result)).containsExactly(
                new RuleHarness.Shape("medical-exam", Certainty.CONFIRMED, 12.0, null, "months", ART_210));
        assertThat(result.findings().get(0).args()).containsEntry("lastOn", "2025-05-11");
        assertThat(result.firedRules()).contains(EXAM_OVERDUE);
    }

    @Test
    void aMinorLastExaminedExactlyOneYearAgoIsNotOverdue() {
        Result result = check(lastExaminedOn("2025-05-12"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(EXAM_OVERDUE);
    }

    @Test
    void anExaminationOn28FebruaryIsDueAgainOn28FebruaryOfTheNextYear() {
        ObjectNode job = lastExaminedOn("2025-02-28");
        job.put("assessedOn", "2026-02-28");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(EXAM_OVERDUE);
    }

    @Test
    void anExaminationOn28FebruaryIsOverdueOn1MarchOfTheNextYear() {
        ObjectNode job = lastExaminedOn("2025-02-28");
        job.put("assessedOn", "2026-03-01");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(
                new RuleHarness.Shape("medical-exam", Certainty.CONFIRMED, 12.0, null, "months", ART_210));
        assertThat(result.firedRules()).contains(EXAM_OVERDUE);
    }

    @Test
    void aMinorHiredWithoutAnExaminationAndNotExaminedForOverAYearBreaksBothDuties() {
        ObjectNode job = lastExaminedOn("2024-01-15");
        worker(job).put("preEmploymentMedicalExam", false);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(
                confirmed("medical-exam", ART_210),
                new RuleHarness.Shape("medical-exam", Certainty.CONFIRMED, 12.0, null, "months", ART_210));
        assertThat(result.firedRules()).contains(NO_EXAM_BEFORE_HIRING, EXAM_OVERDUE);
    }

    @Test
    void anAdultsOldExaminationIsNoConcernOfArticle210() {
        ObjectNode job = lastExaminedOn("2020-01-01");
        worker(job).put("age", 18);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(EXAM_OVERDUE);
    }
}
