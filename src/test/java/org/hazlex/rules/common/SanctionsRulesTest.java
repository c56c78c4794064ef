package org.hazlex.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazlex.rules.common.RuleHarness.check;
import static org.hazlex.rules.common.RuleHarness.minimalJob;
import static org.hazlex.rules.common.RuleHarness.rule;
import static org.hazlex.rules.common.RuleHarness.schedule;
import static org.hazlex.rules.common.RuleHarness.work;
import static org.hazlex.rules.common.RuleHarness.worker;

import java.util.List;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Result;
import org.hazlex.legislation.LawSanction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * rules/common/sanctions.drl, judged with Kyrgyz law (Tajik law has no sanction encoded): Code on Offences 2021
 * Art. 87(2) sanctions night, overtime and rest-day work of protected categories, Art. 87(3) their heavy, harmful or
 * dangerous work, Art. 80 admitting a person to work without the compulsory medical examination.
 */
class SanctionsRulesTest {

    private static final String SANCTION =
            rule("sanction: a finding of a kind or provision the law sanctions carries the sanction in force");

    private static ObjectNode kyrgyz() {
        return minimalJob().put("country", "KG");
    }

    private static List<String> sanctionsOf(Result result, String kind) {
        return result.findings().stream().filter(f -> f.kind().equals(kind))
                .flatMap(f -> f.sanctions().stream()).map(LawSanction::getId).toList();
    }

    @Test
    void theDrlFileHoldsExactlyTheRulesTestedHere() {
        assertThat(RuleHarness.rulesIn("common/sanctions.drl")).containsExactly(SANCTION);
    }

    @Test
    void nightWorkOfAMinorCarriesTheFineOfArticle87Part2OnNaturalAndLegalPersons() {
        ObjectNode job = kyrgyz();
        schedule(job).put("start", "18:00").put("end", "23:00");

        Result result = check(job);

        Finding night = result.findings().stream().filter(f -> f.kind().equals("night-work")).findFirst().orElseThrow();
        assertThat(night.sanctions()).singleElement().satisfies(x -> {
            assertThat(x.getId()).isEqualTo("KG-CO2021/87.2");
            assertThat(x.getProvision().article()).isEqualTo("Art. 87(2)");
            assertThat(x.getFines()).containsExactly(
                    new LawSanction.Fine("natural-person", 30.0, null, null, "calculation-index"),
                    new LawSanction.Fine("legal-person", 130.0, null, null, "calculation-index"));
        });
        assertThat(result.firedRules()).contains(SANCTION);
    }

    @Test
    void overtimeAndRestDayWorkCarryArticle87Part2AndHazardsAndLoadsArticle87Part3() {
        ObjectNode job = kyrgyz();
        schedule(job).put("overtimeHoursPerWeek", 2).put("worksOnRestDays", true);
        work(job).putArray("hazards").add("underground");
        job.putArray("loads").addObject().put("kg", 25);

        Result result = check(job);

        assertThat(sanctionsOf(result, "overtime")).containsExactly("KG-CO2021/87.2");
        assertThat(sanctionsOf(result, "rest-day-work")).containsExactly("KG-CO2021/87.2");
        assertThat(sanctionsOf(result, "hazardous-work")).containsExactly("KG-CO2021/87.3");
        assertThat(sanctionsOf(result, "load-limit")).containsExactly("KG-CO2021/87.3");
    }

    @Test
    void aMinorHiredWithoutTheMedicalExaminationCarriesTheFineOfArticle80() {
        ObjectNode job = kyrgyz();
        worker(job).put("preEmploymentMedicalExam", false);

        Result result = check(job);

        assertThat(sanctionsOf(result, "medical-exam")).containsExactly("KG-CO2021/80");
    }

    @Test
    void findingsTheCodeOnOffencesDoesNotSanctionCarryNoSanction() {
        ObjectNode job = kyrgyz();
        worker(job).put("age", 13);

        Result result = check(job);

        assertThat(result.findings()).extracting(Finding::kind).contains("minimum-age");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.sanctions()).isEmpty());
    }

    @Test
    void beforeTheCodeOnOffencesTookEffectNoSanctionIsAttached() {
        ObjectNode job = kyrgyz().put("assessedOn", "2021-11-30");
        schedule(job).put("overtimeHoursPerWeek", 2);

        Result result = check(job);

        assertThat(result.findings()).extracting(Finding::kind).contains("overtime");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.sanctions()).isEmpty());
        assertThat(result.firedRules()).doesNotContain(SANCTION);
    }

    @Test
    void aCountryWithoutSanctionsAttachesNone() {
        ObjectNode job = minimalJob();
        schedule(job).put("start", "18:00").put("end", "23:00");

        Result result = check(job);

        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.sanctions()).isEmpty());
        assertThat(result.firedRules()).doesNotContain(SANCTION);
    }
}
