package org.hazlex.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hazlex.assess.Assessor;
import org.hazlex.draft.DraftDiff;
import org.hazlex.draft.DraftExport;
import org.hazlex.draft.DraftImport;
import org.hazlex.draft.DraftLint;
import org.hazlex.draft.DraftReports;
import org.hazlex.legislation.CountryLaw;
import org.hazlex.legislation.DraftLaw;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.LegislationException;
import org.hazlex.legislation.LegislationLoader;
import org.hazlex.report.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hazlex draft}: the draft-list workbench for working groups (export, import, lint, diff). */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Work on a draft of a country's hazardous-work list.",
            "Export the list in force to a spreadsheet, import the edited spreadsheet as a draft, lint it, and see",
            "what it would change."},
        subcommands = {DraftCommand.Export.class, DraftCommand.Import.class, DraftCommand.Lint.class, DraftCommand.Diff.class},
        footer = {"", "Examples:",
            "  hazlex draft export --country TJ --on 2026-01-01 -o list.xlsx",
            "  hazlex draft import --country TJ --on 2026-01-01 list.xlsx -o draft.xml",
            "  hazlex draft lint --country TJ --draft draft.xml",
            "  hazlex draft diff --country TJ --draft draft.xml --jobs corpus.jsonl --format html -o impact.html",
            "", "Exit status: 0 done (lint: no problem); 1 lint warnings only (e.g. less protective than the list in force);",
            "2 invalid input or usage (import problems, lint errors); 3 internal error."})
public final class DraftCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options shared by the subcommands: the country and the date whose list in force is used. */
    static class Base {
        @Spec
        CommandSpec spec;

        @Option(names = "--country", required = true, description = "ISO 3166-1 alpha-2 code, e.g. TJ.")
        String country;

        @Option(names = "--on", description = "The date whose list in force to use, YYYY-MM-DD (default: today).")
        LocalDate on;

        LocalDate on() {
            return on != null ? on : LocalDate.now();
        }

        String cc() {
            return country.toUpperCase(Locale.ROOT);
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        Optional<CountryLaw> law(Assessor a) {
            Optional<CountryLaw> law = a.laws().country(cc());
            if (law.isEmpty()) {
                err().println("hazlex: the law of " + country + " is not encoded; encoded: " + String.join(", ", a.laws().countries()));
            }
            return law;
        }

        Optional<HazardList> list(CountryLaw law) {
            Optional<HazardList> l = law.on(on()).list();
            if (l.isEmpty()) {
                err().println("hazlex: no hazardous-work list of " + cc() + " is encoded for " + on());
            }
            return l;
        }

        /** The country's law, its list in force on the date and its adult age: what export and import start from. */
        record Basis(CountryLaw law, HazardList list, int adult) {
        }

        /** The {@link Basis}, or empty after saying on standard error what is not encoded. */
        Optional<Basis> basis() {
            Optional<CountryLaw> law = law(Assessor.packaged());
            Optional<HazardList> list = law.flatMap(this::list);
            java.util.OptionalInt adult = list.isEmpty() ? java.util.OptionalInt.empty() : adult(law.get());
            return adult.isEmpty() ? Optional.empty() : Optional.of(new Basis(law.get(), list.get(), adult.getAsInt()));
        }

        /** The law's adult age on the date, or empty after saying on standard error that it is not encoded. */
        java.util.OptionalInt adult(CountryLaw law) {
            java.util.OptionalInt a = org.hazlex.draft.DraftLint.adultAge(law, on());
            if (a.isEmpty()) {
                err().println("hazlex: the adult age (age.adult) of " + cc() + " on " + on()
                        + " is not encoded, so the list's minimum ages cannot be read or compared");
            }
            return a;
        }

        static boolean isLang(String lang) {
            return lang.equals("en") || lang.equals("ru");
        }

        void write(Path output, String text) throws IOException {
            if (output == null) {
                out().print(text);
                out().flush();
            } else {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the list in force on a date to a spreadsheet template.",
                "An .xlsx holds the entries and the section headings; a .csv the entries only (UTF-8 with a byte-order",
                "mark). The header row is in Russian and English."})
    static final class Export extends Base implements Callable<Integer> {
        @Option(names = {"-o", "--output"}, required = true, description = "The file to write: list.xlsx or list.csv.")
        Path output;

        @Override
        public Integer call() throws IOException {
            Optional<Basis> basis = basis();
            if (basis.isEmpty()) {
                return ExitCodes.INVALID;
            }
            HazardList list = basis.get().list();
            int adult = basis.get().adult();
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
                err().println("hazlex: the output must end in .xlsx or .csv: " + output);
                return ExitCodes.INVALID;
            }
            try (OutputStream out = Files.newOutputStream(output)) {
                if (name.endsWith(".xlsx")) {
                    DraftExport.xlsx(list, adult, out);
                } else {
                    DraftExport.csv(list, adult, out);
                }
            }
            err().println("hazlex: wrote " + list.entries().size() + " entries of " + list.id() + " to " + output);
            return ExitCodes.COMPLIANT;
        }

    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Read an edited spreadsheet into a draft legislation file.",
                "Reads .xlsx or .csv; writes the legislation schema with status draft. Every problem is listed with its",
                "sheet, row and column; no file is written while any remains."})
    static final class Import extends Base implements Callable<Integer> {
        @picocli.CommandLine.Parameters(index = "0", description = "The edited spreadsheet, .xlsx or .csv.")
        Path input;

        @Option(names = {"-o", "--output"}, required = true, description = "The draft XML file to write.")
        Path output;

        @Option(names = "--id", description = "The draft's id (default: CC-DRAFT-<today, yyyyMMdd>).")
        String id;

        @Option(names = "--title-ru", description = "The draft's Russian title.")
        String titleRu;

        @Option(names = "--title-en", description = "The draft's English title.")
        String titleEn;

        @Option(names = "--source", description = "A URL where the draft is published (default: the list in force's source).")
        String source;

        @Override
        public Integer call() throws IOException {
            Optional<Basis> basis = basis();
            if (basis.isEmpty()) {
                return ExitCodes.INVALID;
            }
            HazardList list = basis.get().list();
            if (!Files.isRegularFile(input)) {
                err().println("hazlex: no such file: " + input);
                return ExitCodes.INVALID;
            }
            LocalDate today = LocalDate.now();
            String draftId = id != null ? id : cc() + "-DRAFT-" + today.toString().replace("-", "");
            String url = source != null ? source : list.provision().instrument().sources().get(0).url();
            String note = source != null ? "where the draft is published"
                    : "the source of the list in force that this draft revises (" + list.provision().instrument().citation() + ")";
            int adult = basis.get().adult();
            DraftImport.Meta meta = new DraftImport.Meta(draftId,
                    titleRu != null ? titleRu : "Проект перечня работ, запрещённых для лиц моложе " + adult + " лет (из файла "
                            + input.getFileName() + ")",
                    titleEn != null ? titleEn : "Draft list of work banned for workers under " + adult + " (from "
                            + input.getFileName() + ")",
                    today, url, note);
            DraftImport.Result r = DraftImport.read(input, list, adult, cc(), meta);
            if (!r.ok()) {
                r.problems().forEach(p -> err().println(p));
                err().println("hazlex: " + r.problems().size() + " problem(s) in " + r.rows() + " row(s) of " + input
                        + "; no draft written");
                return ExitCodes.INVALID;
            }
            LegislationLoader loader = new LegislationLoader();
            try (OutputStream out = Files.newOutputStream(output)) {
                loader.write(r.doc(), out);
            }
            try (InputStream in = Files.newInputStream(output)) {
                loader.loadDraft(output.getFileName().toString(), in);
            } catch (LegislationException e) {
                e.problems().forEach(p -> err().println(p));
                err().println("hazlex: the draft written to " + output + " is not valid; fix the rows named above");
                return ExitCodes.INVALID;
            }
            err().println("hazlex: read " + r.rows() + " row(s) (" + r.newEntries() + " new entries"
                    + (r.emptyRows() > 0 ? ", " + r.emptyRows() + " empty row(s) ignored" : "") + "); wrote draft "
                    + draftId + " with " + r.entries() + " entries to " + output);
            return ExitCodes.COMPLIANT;
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Check a draft and show its R190 coverage.",
                "Schema and id errors, duplicates and overlaps, missing hazard tags or R190 categories, unknown ISCO-08",
                "and ISIC Rev.4 codes, everything less protective than the list in force (with both versions), and the",
                "R190 coverage matrix before and after.",
                "Exit status: 0 clean, 1 warnings only, 2 errors."})
    static final class Lint extends Base implements Callable<Integer> {
        @Option(names = "--draft", required = true, description = "The draft XML file.")
        Path draft;

        @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        CheckCommand.Format format;

        @Option(names = "--lang", defaultValue = "en", description = "Language of messages: en or ru (default: ${DEFAULT-VALUE}).")
        String lang;

        @Override
        public Integer call() throws IOException {
            if (!isLang(lang)) {
                err().println("hazlex: --lang must be en or ru, not " + lang);
                return ExitCodes.INVALID;
            }
            if (!Files.isRegularFile(draft)) {
                err().println("hazlex: no such file: " + draft);
                return ExitCodes.INVALID;
            }
            Assessor a = Assessor.packaged();
            Optional<CountryLaw> law = law(a);
            if (law.isEmpty()) {
                return ExitCodes.INVALID;
            }
            DraftLint.Report r;
            try (InputStream in = Files.newInputStream(draft)) {
                r = DraftLint.lint(draft.getFileName().toString(), in, new LegislationLoader(), law.get(), on());
            }
            Messages m = Messages.of(lang);
            write(null, format == CheckCommand.Format.json ? DraftReports.lintJson(r, m) : DraftReports.lintText(r, m));
            if (r.count(DraftLint.Severity.error) > 0) {
                return ExitCodes.INVALID;
            }
            return r.count(DraftLint.Severity.warning) > 0 ? ExitCodes.FINDINGS : ExitCodes.COMPLIANT;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"Show what a draft changes, in entries and in jobs.",
                "Entries added, removed and changed; with --jobs, every job of a JSONL corpus whose verdict or findings",
                "change under the draft, counted by ISIC section, ISCO major group and age."})
    static final class Diff extends Base implements Callable<Integer> {
        @Option(names = "--draft", required = true, description = "The draft XML file.")
        Path draft;

        @Option(names = "--jobs", description = "A corpus of jobs, one job JSON per line (.jsonl).")
        Path jobs;

        @Option(names = "--format", defaultValue = "text", description = "Output: text, json or html (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--lang", defaultValue = "en", description = "Language of the text and HTML: en or ru (default: ${DEFAULT-VALUE}).")
        String lang;

        @Option(names = {"-o", "--output"}, description = "Write to this file instead of standard output.")
        Path output;

        @Override
        public Integer call() throws IOException {
            if (!isLang(lang) || !(format.equals("text") || format.equals("json") || format.equals("html"))) {
                err().println("hazlex: --lang must be en or ru and --format text, json or html");
                return ExitCodes.INVALID;
            }
            for (Path p : jobs == null ? new Path[] {draft} : new Path[] {draft, jobs}) {
                if (!Files.isRegularFile(p)) {
                    err().println("hazlex: no such file: " + p);
                    return ExitCodes.INVALID;
                }
            }
            Assessor a = Assessor.packaged();
            if (law(a).isEmpty()) {
                return ExitCodes.INVALID;
            }
            DraftLaw d;
            try (InputStream in = Files.newInputStream(draft)) {
                d = new LegislationLoader().loadDraft(draft.getFileName().toString(), in);
            } catch (LegislationException e) {
                e.problems().forEach(p -> err().println(p));
                err().println("hazlex: the draft is not valid; run 'hazlex draft lint' for the full check");
                return ExitCodes.INVALID;
            }
            if (!d.country().equals(cc())) {
                err().println("hazlex: the draft is for " + d.country() + ", not " + cc());
                return ExitCodes.INVALID;
            }
            Optional<CountryLaw> law = law(a);
            if (law.isEmpty() || adult(law.get()).isEmpty()) {
                return ExitCodes.INVALID;
            }
            DraftDiff.Report r = DraftDiff.diff(a, d, on(), jobs, Clock.systemDefaultZone());
            Messages m = Messages.of(lang);
            write(output, switch (format) {
                case "json" -> DraftReports.diffJson(r);
                case "html" -> DraftReports.diffHtml(r, m);
                default -> DraftReports.diffText(r, m);
            });
            if (output != null) {
                err().println("hazlex: wrote " + output);
            }
            return ExitCodes.COMPLIANT;
        }
    }
}
