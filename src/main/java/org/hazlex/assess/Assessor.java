package org.hazlex.assess;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazlex.domain.Job;
import org.hazlex.engine.Evaluation;
import org.hazlex.engine.RuleEngine;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Notice;
import org.hazlex.findings.Result;
import org.hazlex.findings.Verdict;
import org.hazlex.findings.VerdictPolicy;
import org.hazlex.intake.JobReader;
import org.hazlex.intake.Submission;
import org.hazlex.intake.Worksite;
import org.hazlex.legislation.CountryLaw;
import org.hazlex.legislation.LawBook;
import org.hazlex.legislation.LawSnapshot;
import org.hazlex.legislation.LegislationLoader;
import tools.jackson.databind.JsonNode;

/**
 * The one façade of hazlex: read job descriptions, assess them under the law in force on their assessment date,
 * and describe the encoded law. The command line and the HTTP service are thin adapters over this class.
 * Thread-safe: jobs may be assessed concurrently.
 */
public final class Assessor {
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.certainty().ordinal())
            .thenComparing(Finding::kind)
            .thenComparing(f -> f.provision().id())
            .thenComparing(f -> f.entry() == null ? "" : f.entry().getId())
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.args().toString());

    private final LawBook laws;
    private final RuleEngine engine;
    private final JobReader reader;

    public Assessor(LawBook laws, Clock clock) {
        this.laws = laws;
        this.engine = new RuleEngine(laws);
        this.reader = new JobReader(clock);
    }

    /** An assessor over the legislation and rules packaged with hazlex, with today's date from the system clock. */
    public static Assessor packaged() {
        return new Assessor(new LegislationLoader().loadPackaged(), Clock.systemDefaultZone());
    }

    public LawBook laws() {
        return laws;
    }

    public RuleEngine engine() {
        return engine;
    }

    /**
     * Builds every country's rules now instead of on its first job, so a server's first user does not wait for
     * them. Safe to call from a background thread while jobs are assessed.
     */
    public void prepare() {
        engine.countries().forEach(engine::base);
    }

    /** Reads an input (one job, an array, or a worksite) without assessing it. */
    public JobReader.Read read(String source, InputStream in) {
        return reader.read(source, in);
    }

    /** Reads and assesses an input: one result per job, in input order. */
    public List<Result> check(String source, InputStream in) {
        return reader.read(source, in).submissions().stream().map(this::assess).toList();
    }

    /**
     * Reads and assesses a worksite file (or any job input) for an inspection report: the worksite block, each job
     * with its result, and the law in force on the worksite's date (else the first job's).
     */
    public Inspection inspect(String source, InputStream in) {
        JobReader.Read read = reader.read(source, in);
        List<Inspection.Worker> workers = read.submissions().stream()
                .map(s -> new Inspection.Worker(s, assess(s))).toList();
        Worksite site = read.worksite();
        String country = site.country() != null ? site.country()
                : read.submissions().stream().map(Submission::country).filter(c -> c != null).findFirst().orElse(null);
        LocalDate on = site.assessedOn() != null ? site.assessedOn()
                : read.submissions().stream().map(Submission::assessedOn).filter(d -> d != null).findFirst().orElse(null);
        Optional<LawView> law = country == null || on == null ? Optional.empty() : law(country, on);
        return new Inspection(site, country, on, workers, law);
    }

    /** Assesses one job line of a JSONL input. */
    public Result checkLine(String source, String line) {
        return assess(reader.readLine(source, line));
    }

    /** Assesses line {@code lineNumber} of a JSONL input; a JSON syntax error names that line. */
    public Result checkLine(String source, String line, long lineNumber) {
        return assess(reader.readLine(source, line, lineNumber));
    }

    /** Reads and assesses one job given as a JSON tree (e.g. a row of a CSV input turned into a job object). */
    public Result checkTree(String source, JsonNode job) {
        List<Submission> read = reader.readTree(source, job).submissions();
        return assess(read.get(0));
    }

    /** Assesses one submission; never throws for bad input (that gives an invalid result). */
    public Result assess(Submission s) {
        if (!s.valid()) {
            return new Result(s.id(), s.country(), s.assessedOn(), Verdict.INVALID, List.of(),
                    s.warnings().stream().map(Notice::input).toList(),
                    s.errors(), List.of());
        }
        Job job = s.job();
        List<Notice> notices = new ArrayList<>(s.warnings().stream().map(Notice::input).toList());
        Optional<CountryLaw> law = laws.country(job.country());
        if (law.isEmpty() || !engine.countries().contains(job.country())) {
            notices.add(new Notice("law-not-encoded", "country", true, "warning.country-not-encoded",
                    Map.of("country", job.country())));
            return new Result(job.id(), job.country(), job.assessedOn(), Verdict.NEEDS_REVIEW, List.of(), notices,
                    List.of(), List.of());
        }
        LawSnapshot snapshot = law.get().on(job.assessedOn());
        Evaluation e = engine.evaluate(job, job.ageOnAssessment(), snapshot);
        notices.addAll(e.notices());
        List<Finding> findings = e.findings().stream().sorted(ORDER).toList();
        return new Result(job.id(), job.country(), job.assessedOn(), VerdictPolicy.decide(findings, notices),
                findings, notices, List.of(), e.firedRules());
    }

    /** The encoded law of a country as of a date, for the laws command and API. */
    public Optional<LawView> law(String country, LocalDate on) {
        return laws.country(country).map(c -> new LawView(c, c.on(on), on));
    }

    /** A country's law as of a date: the whole country (instruments, gaps) and the snapshot in force. */
    public record LawView(CountryLaw country, LawSnapshot snapshot, LocalDate on) {
    }
}
