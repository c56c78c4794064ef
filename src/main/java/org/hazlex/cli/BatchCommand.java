package org.hazlex.cli;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.hazlex.assess.Assessor;
import org.hazlex.batch.BatchRunner;
import org.hazlex.batch.Tally;
import org.hazlex.findings.Verdict;
import org.hazlex.report.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hazlex batch}: stream JSONL or CSV jobs in, one result per job out, in input order. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Assess a large file of jobs: JSON Lines (one job per line) or the flat CSV layout.",
            "Writes exactly one result per input record, in input order; a malformed line is an invalid result",
            "naming its line (JSONL) or row (CSV). Memory stays flat however large the input.",
            "A summary (counts by verdict, finding kind and country; throughput) goes to standard error."},
        footer = {"", "Examples:",
            "  hazlex gen --country TJ --n 1000000 --seed 1 --out jobs.jsonl",
            "  hazlex batch --in jobs.jsonl --out results.jsonl",
            "  hazlex batch --in jobs.csv --out results.csv --format csv --threads 2",
            "  cat jobs.jsonl | hazlex batch --in - --out - > results.jsonl",
            "", "Exit status: 0 all compliant, 1 a violation or needs-review, 2 invalid input (some record invalid,",
            "or the input cannot be read) or usage, 3 internal error."})
public final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Jobs to read; '-' reads standard input.")
    String in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the results; '-' writes standard output.")
    String out;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "Output format: jsonl (the JSON result of 'check --format json', one per line) or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--in-format", paramLabel = "FORMAT",
            description = "Input format: jsonl or csv (default: csv for a file ending in .csv, else jsonl).")
    String inFormat;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--lang", defaultValue = "en", description = "Language of messages: en or ru (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        BatchRunner.Format outFmt = format(format, "--format");
        BatchRunner.Format inFmt = inFormat == null
                ? (in.toLowerCase(Locale.ROOT).endsWith(".csv") ? BatchRunner.Format.CSV : BatchRunner.Format.JSONL)
                : format(inFormat, "--in-format");
        if (outFmt == null || inFmt == null) {
            return ExitCodes.INVALID;
        }
        if (!lang.equals("en") && !lang.equals("ru")) {
            err.println("hazlex: --lang must be en or ru, not " + lang);
            return ExitCodes.INVALID;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            err.println("hazlex: --threads must be between 1 and 256, not " + n);
            return ExitCodes.INVALID;
        }
        long size = -1;
        InputStream input;
        if (in.equals("-")) {
            input = System.in;
        } else {
            Path p = Path.of(in);
            try {
                size = Files.size(p);
                input = Files.newInputStream(p);
            } catch (NoSuchFileException e) {
                err.println("hazlex: cannot read " + in + ": no such file");
                return ExitCodes.INVALID;
            } catch (IOException e) {
                err.println("hazlex: cannot read " + in + ": " + e.getMessage());
                return ExitCodes.INVALID;
            }
        }
        CountingStream counted = new CountingStream(input);
        Assessor assessor = Assessor.packaged();
        BatchRunner runner = new BatchRunner(assessor, Messages.of(lang), n);
        ProgressBar bar = System.console() == null ? null : new ProgressBar(err, counted, size);
        long t0 = System.nanoTime();
        Tally tally;
        try (Writer w = writer()) {
            tally = runner.run(counted, inFmt, in.equals("-") ? "stdin" : in, w, outFmt, bar);
        } catch (UncheckedIOException e) {
            if (bar != null) {
                bar.clear();
            }
            err.println("hazlex: " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
            return ExitCodes.INVALID;
        } catch (BatchRunner.UnreadableInput e) {
            if (bar != null) {
                bar.clear();
            }
            err.println("hazlex: " + in + ": " + e.getMessage());
            return ExitCodes.INVALID;
        } finally {
            counted.close();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (bar != null) {
            bar.clear();
        }
        summary(err, tally, seconds);
        if (tally.count(Verdict.INVALID) > 0) {
            return ExitCodes.INVALID;
        }
        return tally.count(Verdict.COMPLIANT) == tally.jobs() ? ExitCodes.COMPLIANT : ExitCodes.FINDINGS;
    }

    private BatchRunner.Format format(String value, String option) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> BatchRunner.Format.JSONL;
            case "csv" -> BatchRunner.Format.CSV;
            default -> {
                spec.commandLine().getErr().println("hazlex: " + option + " must be jsonl or csv, not " + value);
                yield null;
            }
        };
    }

    private Writer writer() throws IOException {
        if (out.equals("-")) {
            return new BufferedWriter(new OutputStreamWriter(new NonClosing(System.out), StandardCharsets.UTF_8), 1 << 16);
        }
        return Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
    }

    static void summary(PrintWriter err, Tally t, double seconds) {
        err.printf(Locale.ROOT, "%,d jobs in %.1f s (%,.0f jobs/s)%n", t.jobs(), seconds, t.jobs() / Math.max(seconds, 1e-9));
        err.println("  verdicts:  " + join(t.verdicts()));
        err.println("  countries: " + join(t.countries()));
        err.println("  jobs with a finding of each kind: " + (t.kinds().isEmpty() ? "none" : join(t.kinds())));
        err.flush();
    }

    private static String join(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(String.format(Locale.ROOT, "%,d", v)));
        return sb.toString();
    }

    /** Counts the bytes read, for the progress bar's share of a file. */
    static final class CountingStream extends FilterInputStream {
        final AtomicLong bytes = new AtomicLong();

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytes.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytes.addAndGet(n);
            }
            return n;
        }
    }

    /** Keeps standard output open when the writer over it is closed. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** A one-line progress bar with rate and ETA on standard error, redrawn at most five times a second. */
    static final class ProgressBar implements BatchRunner.Progress {
        private final PrintWriter err;
        private final CountingStream counted;
        private final long size;
        private final long start = System.nanoTime();
        private long last;

        ProgressBar(PrintWriter err, CountingStream counted, long size) {
            this.err = err;
            this.counted = counted;
            this.size = size;
        }

        @Override
        public void written(long jobs, long read) {
            long now = System.nanoTime();
            if (now - last < 200_000_000L) {
                return;
            }
            last = now;
            double secs = (now - start) / 1e9;
            double rate = jobs / Math.max(secs, 1e-9);
            String line;
            if (size > 0) {
                // the reader runs ahead of the writer: scale the share of bytes read by the share of read jobs written
                double share = Math.min(1.0, counted.bytes.get() / (double) size * jobs / Math.max(1, read));
                int filled = (int) Math.round(share * 30);
                long eta = share > 0 ? Math.round(secs / share - secs) : 0;
                line = String.format(Locale.ROOT, "[%s%s] %3.0f%% %,d jobs %,.0f jobs/s ETA %d:%02d",
                        "#".repeat(filled), " ".repeat(30 - filled), share * 100, jobs, rate, eta / 60, eta % 60);
            } else {
                line = String.format(Locale.ROOT, "%,d jobs %,.0f jobs/s", jobs, rate);
            }
            err.print("\r" + line);
            err.flush();
        }

        void clear() {
            err.print("\r" + " ".repeat(80) + "\r");
            err.flush();
        }
    }
}
