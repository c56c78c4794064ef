package org.hazlex.rules.common;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hazlex.assess.Assessor;
import org.hazlex.findings.Certainty;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Notice;
import org.hazlex.findings.Result;
import org.hazlex.findings.Verdict;
import org.hazlex.legislation.LegislationLoader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shared fixture of the rule tests (the common judges are tested with Tajik law, country rules with their own):
 * one {@link Assessor} over the packaged law and rules (built once, on first use), a minimal compliant Tajik job
 * to modify, and the shape in which tests state the findings they expect.
 */
public final class RuleHarness {

    /** The assessment date of every test that is not about dates. */
    static final String ASSESSED_ON = "2026-05-12";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);

    private RuleHarness() {
    }

    /** Holder idiom: the assessor (and its Drools knowledge base) is built once, when a test first needs it. */
    private static final class Shared {
        static final Assessor ASSESSOR = Assessor.packaged();
    }

    public static Assessor assessor() {
        return Shared.ASSESSOR;
    }

    /** The sections whose entries {@link #headingsOnly()} leaves out. */
    static final List<String> HEADINGS_ONLY = List.of("II", "XIII", "XIV", "XV", "XVI");

    /**
     * Tajik law as it would stand with sections II and XIII-XVI of Decree 169 encoded as headings only (as a
     * working group's draft or a partly encoded list has them): the packaged TJ legislation, copied under
     * {@code target/} with those sections' entries removed.
     */
    static final class HeadingsOnly {
        static final Assessor ASSESSOR = build();

        private static Assessor build() {
            try {
                Path root = Path.of("target", "test-law", "headings-only");
                Path tj = Files.createDirectories(root.resolve("TJ"));
                try (Stream<Path> files = Files.list(Path.of("legislation", "TJ"))) {
                    for (Path f : files.toList()) {
                        String xml = Files.readString(f, UTF_8);
                        if (f.getFileName().toString().equals("hazardous-list.xml")) {
                            for (String section : HEADINGS_ONLY) {
                                xml = xml.replaceAll("(?s)      <entry id=\"TJ-169/" + section + "[./][^\"]*\".*?</entry>\n", "");
                            }
                        }
                        Files.writeString(tj.resolve(f.getFileName()), xml, UTF_8);
                    }
                }
                return new Assessor(new LegislationLoader().load(root), Clock.systemDefaultZone());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Two synthetic countries made for the matching rules (src/test/resources/test-law: XM, whose small list exercises
     * every way a job meets an entry and whose unread section has a known scope, and XR, whose list is XM's regional
     * reference). Their numbers are the tests', not any country's law.
     */
    static final class Synthetic {
        static final Assessor ASSESSOR = new Assessor(new LegislationLoader().load(Path.of("src", "test", "resources",
                "test-law")), Clock.systemDefaultZone());
    }

    /**
     * A 16-year-old boy, not in education, shop sales assistant (ISCO 5223) in retail (ISIC 4711) of the synthetic
     * country XM, 6 hours a day and 30 a week from 09:00 to 15:00: compliant, outside everything known of XM's list.
     */
    public static ObjectNode syntheticJob() {
        ObjectNode job = minimalJob();
        job.put("country", "XM");
        work(job).put("isco08", "5223");
        return job;
    }

    /** Assesses one job under the synthetic law of XM and XR, rejecting input the reader did not take whole. */
    public static Result checkSynthetic(ObjectNode job) {
        Result result = Synthetic.ASSESSOR.check("test", new ByteArrayInputStream(job.toString().getBytes(UTF_8))).get(0);
        assertThat(result.verdict()).as("verdict of %s (errors %s)", job, result.errors()).isNotEqualTo(Verdict.INVALID);
        return result;
    }

    /** The codes of the notices that do not change the verdict (notes), in order. */
    public static List<String> notes(Result result) {
        return result.warnings().stream().filter(n -> !n.review()).map(Notice::code).toList();
    }

    /** Assesses one job under {@link HeadingsOnly}. */
    public static Result checkHeadingsOnly(ObjectNode job) {
        return HeadingsOnly.ASSESSOR.check("test", new ByteArrayInputStream(job.toString().getBytes(UTF_8))).get(0);
    }

    /**
     * A 16-year-old boy, not in education, in retail (ISIC 4711), working 6 hours a day and 30 a week from 09:00
     * to 15:00 on {@link #ASSESSED_ON}: compliant with every TJ rule. Each call returns a fresh copy to modify.
     */
    public static ObjectNode minimalJob() {
        return (ObjectNode) MAPPER.readTree("""
                {
                  "id": "test",
                  "country": "TJ",
                  "assessedOn": "%s",
                  "worker": {"age": 16, "sex": "male", "inEducation": false},
                  "job": {"isic4": "4711"},
                  "schedule": {"hoursPerDay": 6, "hoursPerWeek": 30, "start": "09:00", "end": "15:00"}
                }
                """.formatted(ASSESSED_ON));
    }

    public static ObjectNode worker(ObjectNode job) {
        return job.withObjectProperty("worker");
    }

    public static ObjectNode work(ObjectNode job) {
        return job.withObjectProperty("job");
    }

    public static ObjectNode schedule(ObjectNode job) {
        return job.withObjectProperty("schedule");
    }

    /** Replaces the worker's age by a birth date (the age is then computed on the assessment date). */
    public static ObjectNode bornOn(ObjectNode job, String birthDate) {
        worker(job).remove("age");
        worker(job).put("birthDate", birthDate);
        return job;
    }

    /** Assesses one job given as JSON text, as the command line would. */
    public static Result check(String json) {
        Result result = assessor().check("test", new ByteArrayInputStream(json.getBytes(UTF_8))).get(0);
        // A test input the reader rejected or partly ignored would make "does not fire" tests pass vacuously.
        assertThat(result.verdict()).as("verdict of %s (errors %s)", json, result.errors()).isNotEqualTo(Verdict.INVALID);
        assertThat(result.warnings()).as("input warnings of %s", json)
                .extracting(Notice::code).doesNotContain("unknown-field", "unknown-hazard", "age-mismatch");
        return result;
    }

    public static Result check(ObjectNode job) {
        return check(job.toString());
    }

    /** A rule name, checked to exist in the TJ knowledge base so that "does not contain" assertions cannot pass on a typo. */
    public static String rule(String name) {
        Map<String, Map<String, Object>> rules = assessor().engine().rules("TJ");
        if (!rules.containsKey(name)) {
            throw new IllegalArgumentException("no TJ rule is named \"" + name + "\"");
        }
        return name;
    }

    /** The names of the rules declared in one DRL file of the packaged rules, e.g. {@code TJ/night-work.drl}. */
    public static List<String> rulesIn(String drl) {
        try (InputStream in = RuleHarness.class.getClassLoader().getResourceAsStream("rules/" + drl)) {
            if (in == null) {
                throw new IllegalArgumentException("rules/" + drl + " is not on the classpath");
            }
            Matcher m = RULE.matcher(new String(in.readAllBytes(), UTF_8));
            return m.results().map(r -> r.group(1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the tests assert of a finding: kind, certainty, limit, actual value, unit and the cited provision. */
    public record Shape(String kind, Certainty certainty, Double limit, Double actual, String unit, String provision) {
        public static Shape of(Finding f) {
            return new Shape(f.kind(), f.certainty(), f.limit(), f.actual(), f.unit(), f.provision().id());
        }
    }

    public static List<Shape> findings(Result result) {
        return result.findings().stream().map(Shape::of).toList();
    }

    public static Shape confirmed(String kind, double limit, double actual, String unit, String provision) {
        return new Shape(kind, Certainty.CONFIRMED, limit, actual, unit, provision);
    }

    public static Shape suspected(String kind, double limit, double actual, String unit, String provision) {
        return new Shape(kind, Certainty.SUSPECTED, limit, actual, unit, provision);
    }

    /** A confirmed finding that states no number (a ban, a missing consent). */
    public static Shape confirmed(String kind, String provision) {
        return new Shape(kind, Certainty.CONFIRMED, null, null, null, provision);
    }

    /** A suspected finding that states no number. */
    public static Shape suspected(String kind, String provision) {
        return new Shape(kind, Certainty.SUSPECTED, null, null, null, provision);
    }

    /** The ids of the list entries the findings name, in finding order. */
    public static List<String> entries(Result result) {
        return result.findings().stream().map(f -> f.entry() == null ? null : f.entry().getId()).toList();
    }

    /** The codes and paths of the review notices (missing facts, gaps in the encoded law) of a result. */
    public static List<String> reviewNotices(Result result) {
        return result.warnings().stream().filter(Notice::review)
                .map(n -> n.code() + " " + (n.path() != null ? n.path() : n.args().get("gap"))).toList();
    }
}
