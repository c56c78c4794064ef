package org.hazlex.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.SplittableRandom;
import org.hazlex.intake.JobReader;
import org.hazlex.intake.Submission;
import org.hazlex.legislation.LawBook;
import org.hazlex.legislation.LegislationLoader;
import org.hazlex.synth.JobGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules precompiled at build time (executable model) behave exactly as the same DRL compiled at run time. */
class PrecompiledRulesTest {
    private static final LawBook LAWS = new LegislationLoader().loadPackaged();

    @ParameterizedTest
    @ValueSource(strings = {"TJ", "KZ"})
    void theExecutableModelAndTheDrlGiveTheSameRulesAndTheSameEvaluations(String cc) {
        RuleEngine model = new RuleEngine(LAWS, false);
        RuleEngine drl = new RuleEngine(LAWS, true);
        assertThat(model.source(cc)).isEqualTo("executable-model");
        assertThat(drl.source(cc)).isEqualTo("drl");
        assertThat(model.rules(cc)).isEqualTo(drl.rules(cc));

        JobGenerator gen = new JobGenerator(LAWS.country(cc).orElseThrow());
        JobReader reader = new JobReader(Clock.systemUTC());
        SplittableRandom random = new SplittableRandom(7);
        int violations = 0;
        for (int i = 0; i < 3_000; i++) {
            Submission s = reader.readTree("gen", gen.job(random, 7, i)).submissions().get(0);
            var snapshot = LAWS.country(cc).orElseThrow().on(s.job().assessedOn());
            Evaluation a = model.evaluate(s.job(), s.job().ageOnAssessment(), snapshot);
            Evaluation b = drl.evaluate(s.job(), s.job().ageOnAssessment(), snapshot);
            assertThat(a).as("job %d", i).isEqualTo(b);
            violations += a.findings().isEmpty() ? 0 : 1;
        }
        assertThat(violations).as("the generated jobs exercise the rules").isGreaterThan(100);
    }
}
