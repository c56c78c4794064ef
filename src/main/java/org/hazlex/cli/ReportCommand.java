package org.hazlex.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hazlex.assess.Assessor;
import org.hazlex.assess.Inspection;
import org.hazlex.findings.Result;
import org.hazlex.report.InspectionReport;
import org.hazlex.report.Messages;
import org.hazlex.report.PdfReport;
import org.hazlex.report.Referrals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hazlex report}: a worksite file as an inspection report (HTML or PDF), with an optional referrals CSV. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the inspection report of a worksite file {\"worksite\", \"jobs\"}: header, every worker",
            "with their verdict, each finding with its provision, limit vs actual and remedy, a summary by finding",
            "kind, and the children to refer for follow-up (also as CSV with --referrals)."},
        footer = {"", "Examples:",
            "  hazlex report --lang ru --format pdf -o act.pdf fixtures/TJ/tj-worksite-brick-kiln.job.json",
            "  hazlex report --format html -o report.html --referrals referrals.csv worksite.json",
            "", "Exit status: 0 all compliant, 1 a violation or needs-review, 2 invalid input or usage, 3 internal error.",
            "The report is written in every case but a file that cannot be read or written."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSITE", description = "A worksite file (JSON); '-' reads standard input.")
    String file;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the report: en or ru (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--format", description = "Output: ${COMPLETION-CANDIDATES} (default: html for an output file named"
            + " *.html or *.htm, else pdf).")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The report file to write.")
    Path output;

    @Option(names = "--referrals", paramLabel = "FILE", description = "Also write the children to refer as CSV (UTF-8).")
    Path referrals;

    enum Format { html, pdf }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!lang.equals("en") && !lang.equals("ru")) {
            err.println("hazlex: --lang must be en or ru, not " + lang);
            return ExitCodes.INVALID;
        }
        Assessor assessor = Assessor.packaged();
        Inspection inspection;
        if (file.equals("-")) {
            inspection = assessor.inspect("stdin", System.in);
        } else {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                inspection = assessor.inspect(file, in);
            } catch (IOException e) {
                err.println("hazlex: cannot read " + file + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
                return ExitCodes.INVALID;
            }
        }
        Messages messages = Messages.of(lang);
        String html = new InspectionReport(messages).html(inspection);
        byte[] bytes;
        Format as = format != null ? format
                : output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.html?") ? Format.html
                : Format.pdf;
        if (as == Format.pdf) {
            PdfReport.Rendered r = PdfReport.render(html);
            r.warnings().forEach(w -> err.println("hazlex: warning: " + w));
            bytes = r.pdf();
        } else {
            bytes = html.getBytes(StandardCharsets.UTF_8);
        }
        try {
            Files.write(output, bytes);
            if (referrals != null) {
                Files.writeString(referrals, Referrals.csv(Referrals.of(inspection, messages)), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println("hazlex: cannot write " + e.getMessage());
            return ExitCodes.INVALID;
        }
        List<Result> results = inspection.workers().stream().map(Inspection.Worker::result).toList();
        spec.commandLine().getOut().println(output + ": " + results.size() + " workers"
                + (referrals == null ? "" : "; " + referrals + ": " + Referrals.of(inspection, messages).size() + " referrals"));
        spec.commandLine().getOut().flush();
        return CheckCommand.exitCode(results);
    }
}
