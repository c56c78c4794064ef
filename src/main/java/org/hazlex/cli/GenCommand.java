package org.hazlex.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hazlex.legislation.CountryLaw;
import org.hazlex.legislation.LegislationLoader;
import org.hazlex.synth.JobGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hazlex gen}: seeded, realistic job descriptions as JSON Lines, for benchmarks and tests. */
@Command(name = "gen", mixinStandardHelpOptions = true,
        description = {"Generate realistic job descriptions as JSON Lines: workers aged 12-19, the sectors, occupations",
            "and list entries of the country's hazardous-work list, common youth jobs, loads and schedules (night",
            "shifts included). The same country, --n and --seed give the same bytes."},
        footer = {"", "Examples:",
            "  hazlex gen --country TJ --n 1000000 --seed 1 --out jobs.jsonl",
            "  hazlex gen --country KZ --n 10 --seed 7 | hazlex batch --in - --out -"})
public final class GenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--country", required = true, description = "ISO 3166-1 alpha-2 code of an encoded country, e.g. TJ.")
    String country;

    @Option(names = "--n", required = true, paramLabel = "N", description = "How many jobs to write.")
    long n;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the random stream (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "-", paramLabel = "FILE", description = "Where to write; '-' is standard output (default).")
    String out;

    @Override
    public Integer call() throws IOException {
        if (n < 0) {
            spec.commandLine().getErr().println("hazlex: --n must not be negative, not " + n);
            return ExitCodes.INVALID;
        }
        String cc = country.toUpperCase(Locale.ROOT);
        Optional<CountryLaw> law = new LegislationLoader().loadPackaged().country(cc);
        if (law.isEmpty()) {
            spec.commandLine().getErr().println("hazlex: the law of " + country + " is not encoded, so no jobs can be drawn from it");
            return ExitCodes.INVALID;
        }
        JobGenerator gen = new JobGenerator(law.get());
        try (Writer w = out.equals("-")
                ? new BufferedWriter(new OutputStreamWriter(new BatchCommand.NonClosing(System.out), StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            gen.write(n, seed, w);
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("hazlex: cannot write " + out + ": " + e.getCause().getMessage());
            return ExitCodes.INVALID;
        }
        return ExitCodes.COMPLIANT;
    }
}
