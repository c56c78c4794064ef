package org.hazlex.rules.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazlex.rules.common.RuleHarness.check;
import static org.hazlex.rules.common.RuleHarness.findings;
import static org.hazlex.rules.common.RuleHarness.minimalJob;
import static org.hazlex.rules.common.RuleHarness.rulesIn;
import static org.hazlex.rules.common.RuleHarness.suspected;
import static org.hazlex.rules.common.RuleHarness.worker;

import org.hazlex.findings.Certainty;
import org.hazlex.findings.Result;
import org.hazlex.rules.common.RuleHarness;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * rules/KZ/heavy-work.drl: constant carrying by hand of loads from the weight in the Code's definition of heavy work
 * (Art. 1(1)(5)), banned under 18 (Art. 26(1)(2)); suspected, because the definition's energy-use condition is not
 * in a job description. Every load of a minor also gets the common load finding to confirm, citing the ban on loads
 * above the norms (Art. 182(2)(6); 2007 Code Art. 179(2)), because the norms of Order No. 944 are not encoded.
 */
class HeavyWorkRulesTest {

    private static final String HEAVY_WORK = "KZ hazardous-work: a minor constantly carries loads at or above the weight"
            + " of the Code's definition of heavy work";

    /** A 16-year-old loader at a Kazakh market (ISIC 4630), 6 hours a day, 30 a week, carrying one load. */
    private static ObjectNode loader(int age, double kg, String frequency) {
        ObjectNode job = minimalJob();
        job.put("country", "KZ");
        worker(job).put("age", age);
        job.putArray("loads").addObject().put("kg", kg).put("frequency", frequency);
        return job;
    }

    /** The common finding to confirm for a load where the norms the statute bans loads above are not encoded. */
    private static RuleHarness.Shape toConfirmLoad(double kg, String provision) {
        return new RuleHarness.Shape("load-limit", Certainty.SUSPECTED, null, kg, "kg", provision);
    }

    @Test
    void theDrlFileHoldsExactlyTheRulesTestedHere() {
        assertThat(rulesIn("KZ/heavy-work.drl")).containsExactly(HEAVY_WORK);
    }

    @Test
    void constantlyCarryingTwelveKilogramsIsSuspectedHeavyWork() {
        Result result = check(loader(16, 12, "constant"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", 10, 12, "kg", "KZ-LC2015/1.1.5"),
                toConfirmLoad(12, "KZ-LC2015/182.2.6"));
        assertThat(result.firedRules()).contains(HEAVY_WORK);
    }

    @Test
    void constantlyCarryingExactlyTenKilogramsIsWithinTheDefinition() {
        Result result = check(loader(17, 10, "constant"));

        assertThat(result.firedRules()).contains(HEAVY_WORK);
    }

    @Test
    void constantlyCarryingNineKilogramsIsNotHeavyWorkByWeight() {
        Result result = check(loader(16, 9, "constant"));

        assertThat(findings(result)).containsExactly(toConfirmLoad(9, "KZ-LC2015/182.2.6"));
        assertThat(result.firedRules()).doesNotContain(HEAVY_WORK);
    }

    @Test
    void anOccasionalTwelveKilogramLoadIsNotConstantCarrying() {
        Result result = check(loader(16, 12, "occasional"));

        assertThat(result.firedRules()).doesNotContain(HEAVY_WORK);
    }

    @Test
    void anAdultMayCarryHeavyLoads() {
        Result result = check(loader(18, 25, "constant"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(HEAVY_WORK);
    }

    @Test
    void underThe2007CodeTheSameDefinitionIsCited() {
        ObjectNode job = loader(16, 12, "constant");
        job.put("assessedOn", "2014-06-02");

        assertThat(findings(check(job))).containsExactly(suspected("hazardous-work", 10, 12, "kg", "KZ-LC2007/1.1.5"),
                toConfirmLoad(12, "KZ-LC2007/179.2"));
    }
}
