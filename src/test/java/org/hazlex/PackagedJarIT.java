package org.hazlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hazlex.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged target/hazlex.jar from another folder, as a user would (catches resources missing from the jar). */
class PackagedJarIT {

    @Test
    void theJarChecksAFixtureFromAnyFolderAndMatchesItsExpectedResult(@TempDir Path elsewhere) throws Exception {
        Path jar = Path.of("target/hazlex.jar").toAbsolutePath();
        Path job = Path.of("fixtures/TJ/tj-bakery-night-15.job.json").toAbsolutePath();
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "check", "--format", "json", job.toString())
                .directory(elsewhere.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        var expected = JsonReport.parse(Files.readString(Path.of("fixtures/TJ/tj-bakery-night-15.expected.json")));
        var actual = (tools.jackson.databind.node.ObjectNode) JsonReport.parse(out);
        // the result names the job by its id, so the absolute path does not matter
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theJarPrintsHelpAndExitsZero() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("java", "-jar", "target/hazlex.jar", "--help")).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).contains("check").contains("laws");
    }

    @Test
    void theJarExportsTheListAndLintsTheDemoDraftFromAnyFolderWithNothingOnStandardErrorButItsOwnLines(
            @TempDir Path elsewhere) throws Exception {
        Path jar = Path.of("target/hazlex.jar").toAbsolutePath();
        Process export = new ProcessBuilder("java", "-jar", jar.toString(), "draft", "export", "--country", "TJ", "--on",
                "2026-01-01", "-o", "list.xlsx").directory(elsewhere.toFile()).start();
        String err = new String(export.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(export.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(export.exitValue()).isZero();
        assertThat(err.strip()).isEqualTo("hazlex: wrote 1521 entries of TJ-169 to list.xlsx");   // no POI or log4j noise
        assertThat(Files.size(elsewhere.resolve("list.xlsx"))).isGreaterThan(10_000);
        Path draft = Path.of("fixtures/drafts/tj-demo-draft.xml").toAbsolutePath();
        Process lint = new ProcessBuilder("java", "-jar", jar.toString(), "draft", "lint", "--country", "TJ", "--on",
                "2026-05-12", "--draft", draft.toString()).directory(elsewhere.toFile()).start();
        String out = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(lint.exitValue()).isEqualTo(1);
        assertThat(out).contains("Less protective: entry TJ-169/XXV.8 would allow the work from age 16 instead of 18.");
    }

    @Test
    void theJarPrintsTheRussianActOfATenWorkerWorksiteQuietly(@TempDir Path elsewhere) throws Exception {
        Path jar = Path.of("target/hazlex.jar").toAbsolutePath();
        Path site = Path.of("fixtures/TJ/tj-worksite-brick-kiln.job.json").toAbsolutePath();
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "report", "--lang", "ru", "--format", "pdf",
                "-o", "act.pdf", "--referrals", "referrals.csv", site.toString())
                .directory(elsewhere.toFile()).start();
        p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err).as("no warning or log line").isEmpty();
        assertThat(Files.readAllBytes(elsewhere.resolve("act.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readAllLines(elsewhere.resolve("referrals.csv"), StandardCharsets.UTF_8)).hasSize(6);
    }
}
