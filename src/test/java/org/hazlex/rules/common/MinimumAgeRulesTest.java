package org.hazlex.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazlex.rules.common.RuleHarness.bornOn;
import static org.hazlex.rules.common.RuleHarness.check;
import static org.hazlex.rules.common.RuleHarness.confirmed;
import static org.hazlex.rules.common.RuleHarness.findings;
import static org.hazlex.rules.common.RuleHarness.minimalJob;
import static org.hazlex.rules.common.RuleHarness.rule;
import static org.hazlex.rules.common.RuleHarness.schedule;
import static org.hazlex.rules.common.RuleHarness.suspected;
import static org.hazlex.rules.common.RuleHarness.work;
import static org.hazlex.rules.common.RuleHarness.worker;

import org.hazlex.findings.Result;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** rules/common/minimum-age.drl, judged with Tajik law: Labour Code 2016 Art. 21(2)-(3); before it, 1997 Code s. 174. */
class MinimumAgeRulesTest {

    private static final String NOT_PUPIL =
            rule("minimum-age: a worker under the general minimum age who is not a pupil");
    private static final String UNDER_PUPIL_AGE =
            "minimum-age: a worker under the pupils' minimum age outside creative work, whether or not in school";
    private static final String EDUCATION =
            rule("minimum-age: a worker out of school at or above the education age, under the general minimum age");
    private static final String PUPIL_UNKNOWN =
            rule("minimum-age: school attendance not given for a worker under the general minimum age");
    private static final String PUPIL_TOO_YOUNG =
            rule("minimum-age: a pupil under the pupils' minimum age outside creative work");
    private static final String NO_CREATIVE_EXCEPTION =
            rule("minimum-age: creative work under the pupils' minimum age where the law allows no such exception");
    private static final String CONSENT_REFUSED =
            rule("consent-missing: a pupil below the general minimum age works without a parent's consent");
    private static final String CONSENT_UNKNOWN =
            rule("consent-missing: a parent's consent not stated for a pupil below the general minimum age");
    private static final String CREATIVE_CONSENT =
            rule("consent-missing: a pupil in creative work under the pupils' minimum age without a parent's consent");

    private static final String BY_AGREEMENT = rule("minimum-age: a worker at the age allowed only in exceptional cases by an"
            + " agreement, not a pupil with a parent's consent");

    private static final String ART_21_2 = "TJ-LC2016/21.2";
    private static final String ART_21_3 = "TJ-LC2016/21.3";
    private static final String S_174_1997 = "TJ-LC1997/174";

    /**
     * A young worker's job within every hour limit of a 14-year-old pupil in term: two hours after school,
     * 15:00 to 17:00, five days a week.
     */
    private static ObjectNode youngWorker(int age) {
        ObjectNode job = minimalJob();
        worker(job).put("age", age);
        schedule(job).put("hoursPerDay", 2).put("hoursPerWeek", 10).put("daysPerWeek", 5)
                .put("start", "15:00").put("end", "17:00").put("schoolTerm", true);
        return job;
    }

    private static ObjectNode pupil(int age, Boolean parentalConsent) {
        ObjectNode job = youngWorker(age);
        worker(job).put("inEducation", true).put("parentalConsent", parentalConsent);
        return job;
    }

    private static ObjectNode creativePupil(int age, Boolean parentalConsent) {
        ObjectNode job = pupil(age, parentalConsent);
        work(job).put("creativeWork", true);
        return job;
    }

    @Test
    void theDrlFileHoldsExactlyTheRulesTestedHere() {
        assertThat(RuleHarness.rulesIn("common/minimum-age.drl")).containsExactlyInAnyOrder(NOT_PUPIL, EDUCATION, UNDER_PUPIL_AGE, PUPIL_UNKNOWN,
                PUPIL_TOO_YOUNG, NO_CREATIVE_EXCEPTION, CONSENT_REFUSED, CONSENT_UNKNOWN, CREATIVE_CONSENT, BY_AGREEMENT);
    }

    // --- Art. 21(2): fifteen is the general minimum age ---

    @Test
    void aFourteenYearOldWhoIsNotAtSchoolMayNotBeEmployed() {
        ObjectNode job = youngWorker(14);
        worker(job).put("inEducation", false);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("minimum-age", 15, 14, "years", ART_21_2));
        assertThat(result.firedRules()).contains(NOT_PUPIL);
    }

    @Test
    void aFifteenYearOldWhoIsNotAtSchoolMayBeEmployed() {
        ObjectNode job = youngWorker(15);
        worker(job).put("inEducation", false);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(NOT_PUPIL);
    }

    @Test
    void aWorkerWhoTurnsFifteenOnTheAssessmentDateHasReachedTheMinimumAge() {
        ObjectNode job = bornOn(youngWorker(0), "2011-05-12");
        worker(job).put("inEducation", false);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(NOT_PUPIL);
    }

    @Test
    void aWorkerWhoTurnsFifteenTheDayAfterTheAssessmentIsStillBelowTheMinimumAge() {
        ObjectNode job = bornOn(youngWorker(0), "2011-05-13");
        worker(job).put("inEducation", false);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("minimum-age", 15, 14, "years", ART_21_2));
        assertThat(result.firedRules()).contains(NOT_PUPIL);
    }

    @Test
    void aNonPupilUnderFourteenInCreativeWorkIsBelowTheMinimumAgeBecauseTheCreativeExceptionIsForPupilsOnly() {
        ObjectNode job = youngWorker(12);
        worker(job).put("inEducation", false);
        work(job).put("creativeWork", true);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("minimum-age", 15, 12, "years", ART_21_2));
        assertThat(result.firedRules()).contains(NOT_PUPIL).doesNotContain(CREATIVE_CONSENT);
    }

    @Test
    void underThe1997CodeTheMinimumAgeOfANonPupilCitesSection174() {
        ObjectNode job = youngWorker(14);
        job.put("assessedOn", "2010-05-12");
        worker(job).put("inEducation", false);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("minimum-age", 15, 14, "years", S_174_1997));
        assertThat(result.firedRules()).contains(NOT_PUPIL);
    }

    // --- Kazakhstan, Art. 31(2)(1): fifteen "in cases of receiving" secondary education ---

    private static ObjectNode inKazakhstan(ObjectNode job) {
        job.put("country", "KZ");
        return job;
    }

    @Test
    void aFifteenYearOldOutOfSchoolInKazakhstanIsSuspectedToBeUnderAge() {
        ObjectNode job = inKazakhstan(youngWorker(15));
        worker(job).put("inEducation", false);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("minimum-age", 16, 15, "years", "KZ-LC2015/31.2.1"));
        assertThat(result.firedRules()).contains(EDUCATION).doesNotContain(NOT_PUPIL);
    }

    @Test
    void aFourteenYearOldOutOfSchoolInKazakhstanIsUnderAge() {
        ObjectNode job = inKazakhstan(youngWorker(14));
        worker(job).put("inEducation", false);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("minimum-age", 16, 14, "years", "KZ-LC2015/31.1"));
        assertThat(result.firedRules()).contains(NOT_PUPIL).doesNotContain(EDUCATION);
    }

    @Test
    void aFifteenYearOldPupilInKazakhstanWithARepresentativesSignatureMayWork() {
        ObjectNode job = inKazakhstan(youngWorker(15));
        worker(job).put("inEducation", true).put("parentalConsent", true);

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(EDUCATION, NOT_PUPIL, CONSENT_REFUSED);
    }

    @Test
    void tajikLawHasNoEducationAgeSoAFourteenYearOldOutOfSchoolIsUnderAge() {
        ObjectNode job = youngWorker(14);
        worker(job).put("inEducation", false);

        assertThat(check(job).firedRules()).contains(NOT_PUPIL).doesNotContain(EDUCATION);
    }

    // --- school attendance not stated ---

    @Test
    void aFourteenYearOldWhoseSchoolAttendanceIsNotStatedIsSuspectedToBeBelowTheMinimumAge() {
        ObjectNode job = youngWorker(14);
        worker(job).remove("inEducation");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("minimum-age", 15, 14, "years", ART_21_2));
        assertThat(result.firedRules()).contains(PUPIL_UNKNOWN).doesNotContain(NOT_PUPIL);
    }

    @Test
    void aFifteenYearOldMayBeEmployedWhetherAtSchoolOrNot() {
        ObjectNode job = youngWorker(15);
        worker(job).remove("inEducation");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(PUPIL_UNKNOWN);
    }

    @Test
    void aThirteenYearOldOutsideCreativeWorkIsBelowTheMinimumAgeWhetherAtSchoolOrNot() {
        ObjectNode job = youngWorker(13);
        worker(job).remove("inEducation");
        work(job).put("creativeWork", false);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("minimum-age", 15, 13, "years", ART_21_2));
        assertThat(result.firedRules()).contains(UNDER_PUPIL_AGE).doesNotContain(PUPIL_UNKNOWN);
    }

    // --- Art. 21(3): pupils from fourteen ---

    @Test
    void aThirteenYearOldPupilOutsideCreativeWorkIsBelowThePupilsMinimumAge() {
        Result result = check(pupil(13, true));

        assertThat(findings(result)).containsExactly(confirmed("minimum-age", 14, 13, "years", ART_21_3));
        assertThat(result.firedRules()).contains(PUPIL_TOO_YOUNG);
    }

    @Test
    void aFourteenYearOldPupilWithAParentsConsentMayBeEmployed() {
        Result result = check(pupil(14, true));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(PUPIL_TOO_YOUNG, CONSENT_REFUSED, CONSENT_UNKNOWN);
    }

    @Test
    void aPupilWhoTurnsFourteenOnTheAssessmentDateHasReachedThePupilsMinimumAge() {
        ObjectNode job = bornOn(pupil(0, true), "2012-05-12");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(PUPIL_TOO_YOUNG);
    }

    @Test
    void aPupilWhoTurnsFourteenTheDayAfterTheAssessmentIsBelowThePupilsMinimumAge() {
        ObjectNode job = bornOn(pupil(0, true), "2012-05-13");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("minimum-age", 14, 13, "years", ART_21_3));
        assertThat(result.firedRules()).contains(PUPIL_TOO_YOUNG);
    }

    // --- creative work below fourteen ---

    @Test
    void underThe1997CodeAThirteenYearOldPupilMayNotDoCreativeWorkEvenWithConsent() {
        ObjectNode job = creativePupil(13, true);
        job.put("assessedOn", "2010-05-12");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("minimum-age", 14, 13, "years", S_174_1997));
        assertThat(result.firedRules()).contains(NO_CREATIVE_EXCEPTION).doesNotContain(PUPIL_TOO_YOUNG);
    }

    @Test
    void onTheLastDayOfThe1997CodeCreativeWorkBelowFourteenIsStillBarred() {
        ObjectNode job = creativePupil(13, true);
        job.put("assessedOn", "2016-07-22");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("minimum-age", 14, 13, "years", S_174_1997));
        assertThat(result.firedRules()).contains(NO_CREATIVE_EXCEPTION);
    }

    @Test
    void fromTheDayThe2016CodeWasSignedAThirteenYearOldPupilMayDoCreativeWorkWithConsent() {
        ObjectNode job = creativePupil(13, true);
        job.put("assessedOn", "2016-07-23");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(NO_CREATIVE_EXCEPTION, PUPIL_TOO_YOUNG, CREATIVE_CONSENT);
    }

    // --- consent of a parent, Art. 21(3) ---

    @Test
    void aFourteenYearOldPupilWhoseParentRefusedConsentWorksUnlawfully() {
        Result result = check(pupil(14, false));

        assertThat(findings(result)).containsExactly(confirmed("consent-missing", ART_21_3));
        assertThat(result.firedRules()).contains(CONSENT_REFUSED);
    }

    @Test
    void aFifteenYearOldPupilNeedsNoParentsConsent() {
        Result result = check(pupil(15, false));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(CONSENT_REFUSED);
    }

    @Test
    void underThe1997CodeAFourteenYearOldPupilWithoutConsentIsSuspectedToBreachSection174WhichIsUnverified() {
        ObjectNode job = pupil(14, false);
        job.put("assessedOn", "2010-05-12");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("consent-missing", S_174_1997));
        assertThat(result.firedRules()).contains(CONSENT_REFUSED);
    }

    @Test
    void aFourteenYearOldPupilWhoseParentsConsentIsNotStatedIsSuspectedToWorkWithoutIt() {
        ObjectNode job = pupil(14, true);
        worker(job).remove("parentalConsent");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("consent-missing", ART_21_3));
        assertThat(result.firedRules()).contains(CONSENT_UNKNOWN).doesNotContain(CONSENT_REFUSED);
    }

    @Test
    void aFifteenYearOldPupilWhoseParentsConsentIsNotStatedNeedsNone() {
        ObjectNode job = pupil(15, true);
        worker(job).remove("parentalConsent");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(CONSENT_UNKNOWN);
    }

    @Test
    void aThirteenYearOldPupilInCreativeWorkWhoseParentRefusedConsentWorksUnlawfully() {
        Result result = check(creativePupil(13, false));

        assertThat(findings(result)).containsExactly(confirmed("consent-missing", ART_21_3));
        assertThat(result.firedRules()).contains(CREATIVE_CONSENT).doesNotContain(PUPIL_TOO_YOUNG);
    }

    @Test
    void aThirteenYearOldPupilInCreativeWorkWhoseParentsConsentIsNotStatedIsSuspectedToWorkWithoutIt() {
        ObjectNode job = creativePupil(13, true);
        worker(job).remove("parentalConsent");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("consent-missing", ART_21_3));
        assertThat(result.firedRules()).contains(CREATIVE_CONSENT);
    }

    @Test
    void aThirteenYearOldPupilInCreativeWorkWithAParentsConsentMayBeEmployed() {
        Result result = check(creativePupil(13, true));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(CREATIVE_CONSENT, PUPIL_TOO_YOUNG, NO_CREATIVE_EXCEPTION);
    }

    @Test
    void aFourteenYearOldPupilInCreativeWorkWithoutConsentFallsUnderTheGeneralPupilsConsentRule() {
        Result result = check(creativePupil(14, false));

        assertThat(findings(result)).containsExactly(confirmed("consent-missing", ART_21_3));
        assertThat(result.firedRules()).contains(CONSENT_REFUSED).doesNotContain(CREATIVE_CONSENT);
    }

    // --- the age allowed only in exceptional cases by an agreement (Kyrgyz Labour Code 2025 Art. 14(2)) ---

    /** A Kyrgyz worker of {@code age} on 12 May 2026, in a job within the hours of a fourteen-year-old. */
    private static ObjectNode kyrgyz(int age) {
        ObjectNode job = youngWorker(age);
        job.put("country", "KG");
        return job;
    }

    @Test
    void aFifteenYearOldOutOfSchoolInKyrgyzstanMayBeHiredOnlyByAnAgreementAnAssessorMustCheck() {
        ObjectNode job = kyrgyz(15);
        worker(job).put("inEducation", false);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("minimum-age", 16, 15, "years", "KG-LC2025/14.2"));
        assertThat(result.firedRules()).contains(BY_AGREEMENT).doesNotContain(NOT_PUPIL);
    }

    @Test
    void aFourteenYearOldOutOfSchoolInKyrgyzstanIsBelowTheAgeAnyAgreementAllows() {
        ObjectNode job = kyrgyz(14);
        worker(job).put("inEducation", false);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("minimum-age", 16, 14, "years", "KG-LC2025/14.2"));
        assertThat(result.firedRules()).contains(NOT_PUPIL).doesNotContain(BY_AGREEMENT);
    }

    @Test
    void aFifteenYearOldPupilWithAParentsConsentInKyrgyzstanNeedsNoAgreement() {
        Result result = check(kyrgyz(15).<ObjectNode>set("worker", pupil(15, true).get("worker")));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(BY_AGREEMENT, CONSENT_REFUSED);
    }

    @Test
    void aFifteenYearOldPupilWithoutConsentInKyrgyzstanMayStillBeHiredByAnAgreementSoTheConsentIsOnlyToConfirm() {
        Result result = check(kyrgyz(15).<ObjectNode>set("worker", pupil(15, false).get("worker")));

        assertThat(findings(result)).containsExactly(suspected("minimum-age", 16, 15, "years", "KG-LC2025/14.2"));
        assertThat(result.firedRules()).contains(BY_AGREEMENT).doesNotContain(CONSENT_REFUSED);
    }

    @Test
    void aFourteenYearOldPupilWithoutConsentInKyrgyzstanBreaksTheConsentRule() {
        Result result = check(kyrgyz(14).<ObjectNode>set("worker", pupil(14, false).get("worker")));

        assertThat(findings(result)).containsExactly(confirmed("consent-missing", "KG-LC2025/14.3"));
        assertThat(result.firedRules()).contains(CONSENT_REFUSED).doesNotContain(BY_AGREEMENT);
    }

    @Test
    void aTwelveYearOldInCreativeWorkInKyrgyzstanHasNoExceptionToTheMinimumAge() {
        ObjectNode job = kyrgyz(12);
        worker(job).put("inEducation", true).put("parentalConsent", true);
        work(job).put("creativeWork", true);

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("minimum-age", 14, 12, "years", "KG-LC2025/14.3"));
        assertThat(result.firedRules()).contains(NO_CREATIVE_EXCEPTION);
    }
}
