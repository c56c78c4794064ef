package org.hazlex.benchmark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.hazlex.assess.Assessor;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Result;
import org.hazlex.findings.Verdict;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled benchmark (fixtures/benchmark/*.jsonl, format in fixtures/benchmark/README.md): every job is assessed
 * through the {@link Assessor} and compared with the verdict the law requires, and four figures are printed per
 * country. The targets: in every country no false compliant (hazlex compliant where the label is not) and every
 * needs-review naming what would settle it; in TJ, recall on banned work of at least 95 % and at least 90 % of the
 * lawful jobs with complete facts answered compliant. Every build asserts that no country falls below the figures
 * measured ({@link #FLOORS}); the targets fail the build where {@code HAZLEX_BENCHMARK_TARGETS=required}. The harness is also run on a few jobs labelled for its own test
 * (src/test/resources/benchmark-sample), so it is checked even where no benchmark file exists.
 */
class LabelledBenchmarkTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Assessor ASSESSOR = Assessor.packaged();

    /** One labelled line: the label and hazlex's answer. */
    record Line(String country, JsonNode expected, Result result) {
        String verdict() {
            return expected.get("verdict").asString();
        }

        Boolean banned() {
            JsonNode b = expected.get("banned");
            return b == null || b.isNull() ? null : b.asBoolean();
        }

        boolean factsComplete() {
            return expected.path("factsComplete").asBoolean(false);
        }

        List<String> basis() {
            List<String> out = new ArrayList<>();
            expected.path("basis").forEach(b -> out.add(b.asString()));
            return out;
        }

        /** Whether a finding (confirmed or to confirm) cites one of the basis ids, or an id beneath one. */
        boolean citesBasis() {
            for (Finding f : result.findings()) {
                for (String id : ids(f)) {
                    for (String b : basis()) {
                        if (id.equals(b) || id.startsWith(b + ".") || id.startsWith(b + "/")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private static List<String> ids(Finding f) {
            List<String> ids = new ArrayList<>(List.of(f.provision().id()));
            if (f.entry() != null) {
                ids.add(f.entry().getId());
            }
            return ids;
        }
    }

    /** The four figures of one country (fixtures/benchmark/README.md, "Metrics"). */
    record Score(String country, int jobs, int falseCompliant, int banned, int bannedCited, int bannedViolation,
                 int lawfulComplete, int lawfulCompliant, int needsReview, int needsReviewNamed, List<String> misses) {

        static Score of(String country, List<Line> lines) {
            int falseCompliant = 0;
            int banned = 0;
            int cited = 0;
            int violation = 0;
            int lawful = 0;
            int lawfulCompliant = 0;
            int review = 0;
            int named = 0;
            List<String> misses = new ArrayList<>();
            for (Line l : lines) {
                Verdict v = l.result().verdict();
                if (v == Verdict.COMPLIANT && !l.verdict().equals("compliant")) {
                    falseCompliant++;
                    misses.add("false compliant: " + l.result().id() + " (label " + l.verdict() + ")");
                }
                if (Boolean.TRUE.equals(l.banned())) {
                    banned++;
                    if (l.citesBasis()) {
                        cited++;
                    } else {
                        misses.add("banned work not found on its basis " + l.basis() + ": " + l.result().id() + " ("
                                + v.code() + ")");
                    }
                    if (v == Verdict.VIOLATION) {
                        violation++;
                    }
                }
                if (Boolean.FALSE.equals(l.banned()) && l.factsComplete()) {
                    lawful++;
                    if (v == Verdict.COMPLIANT) {
                        lawfulCompliant++;
                    } else {
                        misses.add("lawful job with complete facts not compliant: " + l.result().id() + " (" + v.code() + ")");
                    }
                }
                if (v == Verdict.NEEDS_REVIEW) {
                    review++;
                    if (!l.result().toSettle().isEmpty()) {
                        named++;
                    } else {
                        misses.add("needs-review naming nothing to settle: " + l.result().id());
                    }
                }
            }
            return new Score(country, lines.size(), falseCompliant, banned, cited, violation, lawful, lawfulCompliant,
                    review, named, misses);
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %s (%d/%d); violation %s | %s (%d/%d) | %s (%d/%d) |",
                    country, jobs, falseCompliant, pct(bannedCited, banned), bannedCited, banned, pct(bannedViolation, banned),
                    pct(lawfulCompliant, lawfulComplete), lawfulCompliant, lawfulComplete, pct(needsReviewNamed, needsReview),
                    needsReviewNamed, needsReview);
        }

        static String pct(int n, int of) {
            return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * n / of);
        }
    }

    /** Reads and assesses every line of the country files in {@code dir}, by country (file name). */
    static Map<String, List<Line>> run(Path dir) throws IOException {
        Map<String, List<Line>> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("[A-Z]{2}\\.jsonl")).sorted().toList();
        }
        for (Path f : files) {
            String country = f.getFileName().toString().substring(0, 2);
            List<Line> lines = new ArrayList<>();
            int n = 0;
            for (String text : Files.readAllLines(f, UTF_8)) {
                n++;
                JsonNode line = MAPPER.readTree(text);
                JsonNode job = line.get("job");
                Result r = ASSESSOR.checkTree(f.getFileName() + ":" + n, job);
                assertThat(r.verdict()).as("%s line %d is a valid job: %s", f, n, r.errors()).isNotEqualTo(Verdict.INVALID);
                assertThat(job.path("country").asString()).as("%s line %d is a job of %s", f, n, country).isEqualTo(country);
                lines.add(new Line(country, line.get("expected"), r));
            }
            out.put(country, lines);
        }
        return out;
    }

    static List<Score> score(Map<String, List<Line>> lines) {
        List<Score> scores = new ArrayList<>();
        lines.forEach((cc, ls) -> scores.add(Score.of(cc, ls)));
        return scores;
    }

    static String table(List<Score> scores) {
        StringBuilder sb = new StringBuilder("| Country | Jobs | False compliant | Recall on banned work (a finding citing"
                + " the basis) | Lawful, complete facts: compliant | Needs-review naming what settles it |\n"
                + "|---|---|---|---|---|---|\n");
        scores.forEach(s -> sb.append(s.row()).append('\n'));
        return sb.toString();
    }

    private static void assertTargets(List<Score> scores) {
        for (Score s : scores) {
            assertThat(s.falseCompliant()).as("false compliant in %s: %s", s.country(), s.misses()).isZero();
            assertThat(s.needsReviewNamed()).as("needs-review naming what settles it in %s: %s", s.country(), s.misses())
                    .isEqualTo(s.needsReview());
            if (s.country().equals("TJ")) {
                assertThat(s.bannedCited() * 100.0).as("TJ recall on banned work: %s", s.misses())
                        .isGreaterThanOrEqualTo(95.0 * s.banned());
                assertThat(s.lawfulCompliant() * 100.0).as("TJ lawful jobs with complete facts compliant: %s", s.misses())
                        .isGreaterThanOrEqualTo(90.0 * s.lawfulComplete());
            }
        }
    }

    /**
     * The figures measured when the harness was written (fixtures/benchmark of that date): no country may fall below
     * them, whether or not it meets the targets yet. Raise them as the data improves.
     */
    private static final Map<String, double[]> FLOORS = Map.of(
            // country: {most false compliant, least recall %, least lawful-complete compliant %}
            "KG", new double[] {0, 96.0, 100.0},
            "KZ", new double[] {0, 100.0, 96.5},
            "TJ", new double[] {12, 87.0, 91.5},
            "UZ", new double[] {0, 100.0, 93.0});

    private static void assertFloors(List<Score> scores) {
        for (Score s : scores) {
            assertThat(s.needsReviewNamed()).as("needs-review naming what settles it in %s: %s", s.country(), s.misses())
                    .isEqualTo(s.needsReview());
            double[] floor = FLOORS.getOrDefault(s.country(), new double[] {0, 0, 0});
            assertThat((double) s.falseCompliant()).as("false compliant in %s: %s", s.country(), s.misses())
                    .isLessThanOrEqualTo(floor[0]);
            assertThat(s.bannedCited() * 100.0).as("recall on banned work in %s: %s", s.country(), s.misses())
                    .isGreaterThanOrEqualTo(floor[1] * s.banned());
            assertThat(s.lawfulCompliant() * 100.0).as("lawful jobs with complete facts compliant in %s: %s", s.country(),
                    s.misses()).isGreaterThanOrEqualTo(floor[2] * s.lawfulComplete());
        }
    }

    private static Path benchmarkDir() {
        return Path.of(System.getProperty("hazlex.benchmark.dir", "fixtures/benchmark"));
    }

    @Test
    void theLabelledBenchmarkDoesNotFallBelowTheFiguresMeasured() throws IOException {
        Path dir = benchmarkDir();
        if (!Files.isDirectory(dir)) {
            System.out.println("No labelled benchmark at " + dir + "; the harness is tested on its sample only.");
            return;
        }
        List<Score> scores = score(run(dir));
        System.out.println("Labelled benchmark (" + dir + "):\n" + table(scores));
        scores.forEach(s -> s.misses().forEach(m -> System.out.println("  " + s.country() + ": " + m)));
        assertFloors(scores);
    }

    /**
     * The targets (issue 12). Where they are not met yet the test is skipped with the shortfalls printed, unless
     * {@code HAZLEX_BENCHMARK_TARGETS=required}, which turns the skip into a failure.
     */
    @Test
    void theLabelledBenchmarkMeetsTheTargetsInEveryCountry() throws IOException {
        Path dir = benchmarkDir();
        Assumptions.assumeTrue(Files.isDirectory(dir), "no labelled benchmark at " + dir);
        List<Score> scores = score(run(dir));
        try {
            assertTargets(scores);
        } catch (AssertionError e) {
            if ("required".equals(System.getenv("HAZLEX_BENCHMARK_TARGETS"))) {
                throw e;
            }
            Assumptions.abort("benchmark targets not met yet (set HAZLEX_BENCHMARK_TARGETS=required to fail): "
                    + e.getMessage());
        }
    }

    @Test
    void theHarnessScoresItsOwnLabelledSample() throws IOException {
        List<Score> scores = score(run(Path.of("src", "test", "resources", "benchmark-sample")));
        System.out.println("Benchmark harness sample:\n" + table(scores));
        assertThat(scores).extracting(Score::country).containsExactly("KG", "KZ", "TJ", "UZ");
        assertTargets(scores);
        Score tj = scores.stream().filter(s -> s.country().equals("TJ")).findFirst().orElseThrow();
        assertThat(tj.banned()).isPositive();
        assertThat(tj.lawfulComplete()).isPositive();
        assertThat(tj.needsReview()).isPositive();
    }

    @Test
    void aFalseCompliantAndANeedsReviewNamingNothingAreCountedAgainstTheTargets() throws IOException {
        JsonNode expected = MAPPER.readTree("{\"verdict\": \"violation\", \"banned\": true, \"factsComplete\": true,"
                + " \"basis\": [\"TJ-LC2016/74.2\"]}");
        Result compliant = new Result("x", "TJ", null, Verdict.COMPLIANT, List.of(), List.of(), List.of(), List.of());
        Result silent = new Result("y", "TJ", null, Verdict.NEEDS_REVIEW, List.of(), List.of(), List.of(), List.of());
        Score s = Score.of("TJ", List.of(new Line("TJ", expected, compliant), new Line("TJ", expected, silent)));

        assertThat(s.falseCompliant()).isEqualTo(1);
        assertThat(s.bannedCited()).isZero();
        assertThat(s.needsReview()).isEqualTo(1);
        assertThat(s.needsReviewNamed()).isZero();
    }
}
