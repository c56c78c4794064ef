package org.hazlex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of the benchmark against the packaged jar: every measurement is taken and the heap run loses no job. */
class BenchIT {

    @Test
    void aSmallBenchmarkRunMeasuresEverythingAndTheBigRunGivesOneResultPerJob(@TempDir Path out) throws Exception {
        Map<String, Object> r = Bench.run(1_000, 1_500, 1, Path.of("target/hazlex.jar"), out, s -> { });
        assertThat((Long) r.get("droolsJobsPerSecond")).isPositive();
        assertThat((Long) r.get("handWrittenJobsPerSecond")).isPositive();
        assertThat((Long) r.get("batchJobsPerSecond")).isPositive();
        assertThat((Long) r.get("startToFirstCheckMedianMs")).isPositive();
        @SuppressWarnings("unchecked")
        Map<String, Object> big = (Map<String, Object>) r.get("bigRun");
        assertThat(big.get("resultLines")).isEqualTo(1_500L);
        assertThat(big.get("exitStatus")).isEqualTo(1);
        assertThat((Long) big.get("peakHeapMB")).isPositive();
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(1_000);
        assertThat(Bench.markdown(r)).contains("droolsOverHandWritten");
    }
}
