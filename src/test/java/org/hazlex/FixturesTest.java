package org.hazlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hazlex.assess.Assessor;
import org.hazlex.findings.Result;
import org.hazlex.report.JsonReport;
import org.hazlex.report.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Runs every fixtures/**&#47;*.job.json through the Assessor, exactly as {@code check --format json} would, and
 * compares the whole result with the paired *.expected.json. Adding a case means adding two files.
 * {@code mvn test -Dtest=FixturesTest -Dhazlex.fixtures.write=true} (re)writes the expected files from the
 * engine's output instead of comparing; review the diff before committing.
 */
class FixturesTest {
    private static final Assessor ASSESSOR = Assessor.packaged();

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("fixtures"))) {
            return s.filter(p -> p.toString().endsWith(".job.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureGivesItsExpectedResult(Path job) throws IOException {
        Path expected = Path.of(job.toString().replace(".job.json", ".expected.json"));
        List<Result> results;
        try (InputStream in = Files.newInputStream(job)) {
            results = ASSESSOR.check(job.toString(), in);
        }
        String rendered = new JsonReport(Messages.of("en")).render(results);
        if (Boolean.getBoolean("hazlex.fixtures.write")) {
            Files.writeString(expected, rendered.endsWith("\n") ? rendered : rendered + "\n");
        }
        assertThat(expected).as("every fixture has its expected result").exists();
        JsonNode actual = JsonReport.parse(rendered);
        assertThat(actual).isEqualTo(JsonReport.parse(Files.readString(expected)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFindingCitesAProvisionWithSourceAndVerification(Path job) throws IOException {
        JsonNode expected = JsonReport.parse(Files.readString(Path.of(job.toString().replace(".job.json", ".expected.json"))));
        for (JsonNode r : expected.isArray() ? expected : List.of(expected)) {
            for (JsonNode f : r.get("findings")) {
                JsonNode p = f.get("provision");
                assertThat(p.get("article").asString()).isNotBlank();
                assertThat(p.get("instrument").asString()).isNotBlank();
                assertThat(p.get("source").asString()).startsWith("http");
                assertThat(p.get("verification").asString()).isIn("verified", "unverified");
                assertThat(f.get("message").asString()).as("a message with every placeholder filled")
                        .doesNotContainPattern("\\{[a-zA-Z]+\\}");
            }
        }
    }
}
