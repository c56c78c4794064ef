package org.hazlex.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hazlex.assess.Assessor;
import org.hazlex.report.LawsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hazlex laws}: the encoded law of a country as of a date, with what is missing. */
@Command(name = "laws", mixinStandardHelpOptions = true,
        description = {"Show a country's encoded law as of a date: minimum ages, hour limits, night window, bans,",
            "load norms and the hazardous-work list, each with its provision, plus what is missing (coverage)."},
        footer = {"", "Examples:",
            "  hazlex laws --country TJ",
            "  hazlex laws --country TJ --on 2015-06-01 --format json"})
public final class LawsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--country", required = true, description = "ISO 3166-1 alpha-2 code, e.g. TJ.")
    String country;

    @Option(names = "--on", description = "The date whose law to show, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CheckCommand.Format format;

    @Override
    public Integer call() {
        Assessor assessor = Assessor.packaged();
        assessor.laws().loadAll(); // laws shows one country but checks them all, as the data's own check
        LocalDate date = on != null ? on : LocalDate.now();
        Optional<Assessor.LawView> view = assessor.law(country.toUpperCase(java.util.Locale.ROOT), date);
        if (view.isEmpty()) {
            spec.commandLine().getErr().println("hazlex: the law of " + country + " is not encoded; encoded: "
                    + String.join(", ", assessor.laws().countries()));
            return ExitCodes.INVALID;
        }
        spec.commandLine().getOut().print(format == CheckCommand.Format.json ? LawsReport.json(view.get()) : LawsReport.text(view.get()));
        spec.commandLine().getOut().flush();
        return ExitCodes.COMPLIANT;
    }
}
