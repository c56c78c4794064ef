package org.hazlex.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hazlex.assess.Assessor;
import org.hazlex.domain.Problem;
import org.hazlex.findings.Result;
import org.hazlex.findings.Verdict;
import org.hazlex.report.JsonReport;
import org.hazlex.report.Messages;
import org.hazlex.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hazlex check}: assess job files (one job, an array, a worksite) or standard input. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Assess job descriptions: one job, an array of jobs, or a worksite {\"worksite\", \"jobs\"} per file.",
            "Every job gets exactly one result, an invalid one included."},
        footer = {"", "Examples:",
            "  hazlex check fixtures/TJ/tj-bakery-night-15.job.json",
            "  hazlex check --format json a.job.json b.job.json",
            "  hazlex check --lang ru --format text worksite.json",
            "  cat job.json | hazlex check -",
            "", "Exit status: 0 all compliant, 1 a violation or needs-review, 2 invalid input, 3 internal error."})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Job files (JSON); '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", defaultValue = "en", description = "Language of messages: en or ru (default: ${DEFAULT-VALUE}).")
    String lang;

    enum Format { json, text }

    @Override
    public Integer call() {
        if (!lang.equals("en") && !lang.equals("ru")) {
            spec.commandLine().getErr().println("hazlex: --lang must be en or ru, not " + lang);
            return ExitCodes.INVALID;
        }
        Assessor assessor = Assessor.packaged();
        List<Result> results = new ArrayList<>();
        for (String f : files) {
            if (f.equals("-")) {
                results.addAll(assessor.check("stdin", System.in));
                continue;
            }
            Path p = Path.of(f);
            try (InputStream in = Files.newInputStream(p)) {
                results.addAll(assessor.check(f, in));
            } catch (IOException e) {
                results.add(new Result(f, null, null, Verdict.INVALID, List.of(), List.of(),
                        List.of(new Problem("unreadable-file", "", "cannot read the file: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : " " + e.getMessage()))), List.of()));
            }
        }
        Messages messages = Messages.of(lang);
        String text = format == Format.json ? new JsonReport(messages).render(results) : new TextReport(messages).render(results);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return exitCode(results);
    }

    static int exitCode(List<Result> results) {
        if (results.stream().anyMatch(r -> r.verdict() == Verdict.INVALID)) {
            return ExitCodes.INVALID;
        }
        if (results.stream().anyMatch(r -> r.verdict() != Verdict.COMPLIANT)) {
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.COMPLIANT;
    }
}
