package org.hazlex.cli;

import picocli.CommandLine.Command;

/** The root command. */
@Command(name = "hazlex", mixinStandardHelpOptions = true, version = "hazlex 0.1.0",
        description = {
            "Checks job descriptions for young workers against child-labour law (minimum ages, hazardous-work",
            "lists, load norms, working hours, night work) and cites the provision behind every finding."},
        subcommands = {CheckCommand.class, LawsCommand.class, BatchCommand.class, GenCommand.class,
            DraftCommand.class, ReportCommand.class, ServeCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
            "  java -jar target/hazlex.jar check fixtures/TJ/tj-bakery-night-15.job.json",
            "  java -jar target/hazlex.jar check --format json --lang ru jobs.json",
            "  cat job.json | java -jar target/hazlex.jar check -",
            "  java -jar target/hazlex.jar laws --country TJ --on 2026-05-12 --format json",
            "  java -jar target/hazlex.jar draft export --country TJ --on 2026-01-01 -o list.xlsx",
            "  java -jar target/hazlex.jar report --lang ru -o act.pdf fixtures/TJ/tj-worksite-brick-kiln.job.json",
            "  java -jar target/hazlex.jar serve     (then open http://127.0.0.1:8080/)",
            "  java -jar target/hazlex.jar gen --country TJ --n 1000000 --seed 1 --out jobs.jsonl",
            "  java -jar target/hazlex.jar batch --in jobs.jsonl --out results.jsonl",
            "", "Exit status: 0 all compliant, 1 a violation or needs-review, 2 invalid input or usage, 3 internal error."})
public final class HazlexCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
