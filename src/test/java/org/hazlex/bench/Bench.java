package org.hazlex.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazlex.assess.Assessor;
import org.hazlex.batch.BatchRunner;
import org.hazlex.intake.JobReader;
import org.hazlex.intake.Submission;
import org.hazlex.legislation.CountryLaw;
import org.hazlex.oracle.HandWrittenEvaluator;
import org.hazlex.report.Messages;
import org.hazlex.synth.JobGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark: in one run, on the same generated Tajik jobs, the Drools engine's throughput and the hand-written
 * evaluator's, their ratio; the end-to-end batch rate (read, assess, write); JVM start to the first {@code check}
 * result; and peak heap of a large batch run in a child JVM fed a generated stream. Writes
 * {@code target/bench/report.md} and {@code report.json}. Sizes come from system properties:
 * {@code bench.jobs} (evaluator comparison and batch, default 200,000), {@code bench.big} (the heap run, default
 * 10,000,000; 0 skips it), {@code bench.starts} (JVM starts timed, default 5), {@code bench.jar} (default
 * {@code target/hazlex.jar}), {@code bench.out} (default {@code target/bench}).
 */
public final class Bench {
    private static final long SEED = 1;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        long jobs = Long.getLong("bench.jobs", 200_000);
        long big = Long.getLong("bench.big", 10_000_000);
        int starts = Integer.getInteger("bench.starts", 5);
        Path jar = Path.of(System.getProperty("bench.jar", "target/hazlex.jar"));
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(out);
        Map<String, Object> report = run(jobs, big, starts, jar, out, System.err::println);
        String json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report);
        Files.writeString(out.resolve("report.json"), json + "\n");
        Files.writeString(out.resolve("report.md"), markdown(report));
        System.out.print(markdown(report));
    }

    /** Runs every measurement; returns the numbers in report order. */
    public static Map<String, Object> run(long jobs, long big, int starts, Path jar, Path out, Consumer<String> log)
            throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        int threads = Runtime.getRuntime().availableProcessors();
        r.put("machine", Map.of("processors", threads, "java", System.getProperty("java.version"),
                "maxHeapMB", Runtime.getRuntime().maxMemory() >> 20,
                "loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        r.put("command", "mvn -B -q package -DskipTests && mvn -B -q -Pbench exec:exec");
        r.put("jobs", jobs);

        Assessor assessor = Assessor.packaged();
        CountryLaw tj = assessor.laws().country("TJ").orElseThrow();
        JobGenerator gen = new JobGenerator(tj);
        JobReader reader = new JobReader(Clock.systemUTC());
        log.accept("generating " + jobs + " TJ jobs");
        Path input = out.resolve("jobs.jsonl");
        List<Submission> subs = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(SEED);
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (long i = 0; i < jobs; i++) {
                String line = gen.line(random, SEED, i);
                w.write(line);
                w.write('\n');
                subs.add(reader.readLine("bench", line, i + 1));
            }
        }
        HandWrittenEvaluator oracle = new HandWrittenEvaluator();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            log.accept("warming up");
            List<Submission> warm = subs.subList(0, Math.min(subs.size(), 20_000));
            timed(pool, threads, warm, s -> assessor.assess(s));
            timed(pool, threads, warm, s -> oracle.evaluate(s.job(), s.job().ageOnAssessment(), tj.on(s.job().assessedOn())));
            log.accept("Drools");
            double drools = timed(pool, threads, subs, s -> assessor.assess(s));
            log.accept("hand-written");
            double hand = timed(pool, threads, subs,
                    s -> oracle.evaluate(s.job(), s.job().ageOnAssessment(), tj.on(s.job().assessedOn())));
            r.put("droolsJobsPerSecond", Math.round(drools));
            r.put("handWrittenJobsPerSecond", Math.round(hand));
            r.put("droolsOverHandWritten", round3(drools / hand));
        } finally {
            pool.shutdownNow();
        }
        subs = null;

        log.accept("end-to-end batch");
        BatchRunner runner = new BatchRunner(assessor, Messages.of("en"), threads);
        long t0 = System.nanoTime();
        long n;
        try (InputStream in = Files.newInputStream(input);
             Writer w = Files.newBufferedWriter(out.resolve("results.jsonl"), StandardCharsets.UTF_8)) {
            n = runner.run(in, BatchRunner.Format.JSONL, "bench", w, BatchRunner.Format.JSONL, null).jobs();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        r.put("batchJobsPerSecond", Math.round(n / secs));
        r.put("batchSecondsFor6_5Million", Math.round(6_500_000 / (n / secs)));

        if (starts > 0 && Files.isRegularFile(jar)) {
            log.accept("JVM start to first check result");
            List<Long> ms = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                long s0 = System.nanoTime();
                Process p = new ProcessBuilder("java", "-jar", jar.toString(), "check", "--format", "json",
                        "fixtures/TJ/tj-bakery-night-15.job.json").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor();
                ms.add((System.nanoTime() - s0) / 1_000_000);
            }
            r.put("startToFirstCheckMs", ms);
            r.put("startToFirstCheckMedianMs", ms.stream().sorted().toList().get(ms.size() / 2));
        }

        if (big > 0 && Files.isRegularFile(jar)) {
            log.accept("heap on a " + big + "-job batch run (child JVM, -Xmx512m)");
            r.put("bigRun", bigRun(big, jar, out, gen));
        }
        return r;
    }

    /**
     * Feeds {@code n} generated jobs to {@code hazlex batch --in - --out -} in a child JVM capped at 512 MB, counts
     * the result lines it writes (nothing is kept: 10 million results are tens of GB) and reads its GC log.
     */
    private static Map<String, Object> bigRun(long n, Path jar, Path out, JobGenerator gen) throws Exception {
        Path gcLog = out.resolve("gc-big.log");
        Process p = new ProcessBuilder("java", "-Xmx512m", "-Xlog:gc,gc+heap+exit:file=" + gcLog, "-jar", jar.toString(),
                "batch", "--in", "-", "--out", "-")
                .redirectError(out.resolve("batch-big.err").toFile()).start();
        long[] lines = new long[1];
        Thread counter = new Thread(() -> {
            byte[] buf = new byte[1 << 16];
            try (InputStream in = p.getInputStream()) {
                int k;
                while ((k = in.read(buf)) > 0) {
                    for (int i = 0; i < k; i++) {
                        if (buf[i] == '\n') {
                            lines[0]++;
                        }
                    }
                }
            } catch (IOException e) {
                // the child ended; its exit status says how
            }
        });
        counter.start();
        long t0 = System.nanoTime();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            gen.write(n, SEED, w);
        } catch (java.io.UncheckedIOException | IOException e) {
            // the child stopped reading; its exit status and error file say why
        }
        int exit = p.waitFor();
        counter.join();
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobs", n);
        m.put("resultLines", lines[0]);
        m.put("exitStatus", exit);
        m.put("seconds", Math.round(secs));
        m.put("jobsPerSecond", Math.round(n / secs));
        m.put("xmxMB", 512);
        long[] heap = heapMb(gcLog);
        m.put("peakHeapMB", heap[0]);
        m.put("maxLiveHeapAfterGcMB", heap[1]);
        return m;
    }

    /**
     * From a GC log: {peak occupancy (before a collection, "300M->20M(512M)", or at exit, "used 1234K"), largest
     * occupancy left after a collection}, in MB.
     */
    static long[] heapMb(Path gcLog) throws IOException {
        Pattern gc = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        Pattern exit = Pattern.compile("heap total \\d+K, used (\\d+)K");
        long peak = 0;
        long live = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = gc.matcher(line);
            while (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
                live = Math.max(live, Long.parseLong(m.group(2)));
            }
            Matcher e = exit.matcher(line);
            if (e.find()) {
                peak = Math.max(peak, Long.parseLong(e.group(1)) / 1024);
            }
        }
        return new long[] {peak, live};
    }

    private static double timed(ExecutorService pool, int threads, List<Submission> subs, Consumer<Submission> f)
            throws Exception {
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        int per = (subs.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<Submission> part = subs.subList(Math.min(subs.size(), t * per), Math.min(subs.size(), (t + 1) * per));
            fs.add(pool.submit(() -> part.forEach(f)));
        }
        for (Future<?> x : fs) {
            x.get();
        }
        return subs.size() / ((System.nanoTime() - t0) / 1e9);
    }

    private static double round3(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    static String markdown(Map<String, Object> r) {
        StringBuilder sb = new StringBuilder("# hazlex benchmark\n\n");
        sb.append("Command: `").append(r.get("command")).append("`\n\n| Measure | Value |\n|---|---|\n");
        r.forEach((k, v) -> {
            if (!k.equals("command")) {
                sb.append("| ").append(k).append(" | ").append(v).append(" |\n");
            }
        });
        return sb.toString();
    }
}
