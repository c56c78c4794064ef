package org.hazlex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazlex.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code hazlex batch} and {@code hazlex gen} in-process. */
class BatchCommandTest {

    @TempDir
    Path dir;

    private List<JsonNode> results(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(JsonReport::parse).toList();
    }

    @Test
    void everyJsonlRecordGetsOneResultInOrderAndMalformedLinesNameTheirLine() throws Exception {
        Path out = dir.resolve("r.jsonl");
        CliTest.Run r = CliTest.run("batch", "--in", "fixtures/batch/mixed.jsonl", "--out", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        List<JsonNode> rs = results(out);
        // six lines, one of them blank: five records
        assertThat(rs).extracting(n -> n.get("verdict").asString())
                .containsExactly("violation", "compliant", "invalid", "invalid", "violation");
        assertThat(rs.get(2).get("errors").get(0).get("path").asString()).startsWith("line 3, column");
        assertThat(rs.get(3).get("id").asString()).isEqualTo("TJ-B-5");
        assertThat(rs.get(3).get("errors").get(0).get("path").asString()).isEqualTo("worker.age");
        assertThat(rs.get(3).get("errors").get(0).get("message").asString()).startsWith("line 5: ");
        assertThat(rs.get(4).get("id").asString()).isEqualTo("fixtures/batch/mixed.jsonl:6");
        assertThat(r.err()).contains("5 jobs in").contains("jobs/s").contains("violation 2").contains("TJ 4")
                .contains("night-work 1");
    }

    @Test
    void aBatchRecordIsTheSameJsonAsCheckGivesForThatJob() throws Exception {
        Path out = dir.resolve("r.jsonl");
        CliTest.run("batch", "--in", "fixtures/batch/mixed.jsonl", "--out", out.toString());
        JsonNode check = JsonReport.parse(CliTest.run("check", "--format", "json", "fixtures/TJ/tj-bakery-night-15.job.json").out());
        assertThat(results(out).get(0)).isEqualTo(check);
    }

    @Test
    void theFlatCsvLayoutIsReadAndAWrongCellNamesRowAndColumn() throws Exception {
        Path out = dir.resolve("r.jsonl");
        CliTest.Run r = CliTest.run("batch", "--in", "fixtures/batch/jobs.csv", "--out", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        List<JsonNode> rs = results(out);
        assertThat(rs).extracting(n -> n.get("verdict").asString())
                .containsExactly("violation", "compliant", "invalid", "violation");
        JsonNode error = rs.get(2).get("errors").get(0);
        assertThat(error.get("path").asString()).isEqualTo("worker.age");
        assertThat(error.get("message").asString()).startsWith("row 4: ");
        assertThat(rs.get(3).get("findings")).anySatisfy(f -> assertThat(f.path("listEntry").path("id").asString())
                .isEqualTo("TJ-169/XXV.9"));
        // the CSV row of the bakery helper gives the same findings as the JSON fixture
        JsonNode check = JsonReport.parse(CliTest.run("check", "--format", "json", "fixtures/TJ/tj-bakery-night-15.job.json").out());
        assertThat(rs.get(0).get("findings")).isEqualTo(check.get("findings"));
    }

    @Test
    void anUnknownFieldOrColumnMakesTheJobInvalidWithASuggestion() throws Exception {
        Path jsonl = dir.resolve("typo.jsonl");
        Files.writeString(jsonl, """
                {"id": "T-1", "country": "TJ", "assessedOn": "2026-05-12", "worker": {"age": 16, "sex": "male", "inEducation": false}, "job": {"isco08": "9329", "isic4": "2392", "hazard": ["extreme-heat"]}, "schedule": {"hoursPerDay": 6, "hoursPerWeek": 30, "daysPerWeek": 5, "start": "09:00", "end": "15:00"}}
                """, StandardCharsets.UTF_8);
        Path csv = dir.resolve("typo.csv");
        Files.writeString(csv, """
                id,country,assessedOn,worker.age,worker.sex,worker.inEducation,job.isco08,job.isic4,job.hazard,schedule.hoursPerDay,schedule.hoursPerWeek,schedule.daysPerWeek,schedule.start,schedule.end
                T-2,TJ,2026-05-12,16,male,false,9329,2392,extreme-heat,6,30,5,09:00,15:00
                """, StandardCharsets.UTF_8);
        for (Path in : List.of(jsonl, csv)) {
            Path out = dir.resolve(in.getFileName() + ".out.jsonl");
            CliTest.Run r = CliTest.run("batch", "--in", in.toString(), "--out", out.toString());
            assertThat(r.code()).as(in.toString()).isEqualTo(ExitCodes.INVALID);
            JsonNode result = results(out).get(0);
            assertThat(result.get("verdict").asString()).isEqualTo("invalid");
            JsonNode error = result.get("errors").get(0);
            assertThat(error.get("code").asString()).isEqualTo("unknown-field");
            assertThat(error.get("path").asString()).isEqualTo("job.hazard");
            assertThat(error.get("message").asString()).endsWith("unknown field; did you mean job.hazards?");
        }
    }

    @Test
    void csvOutputHasAHeaderAndOneRowPerJob() throws Exception {
        Path out = dir.resolve("r.csv");
        CliTest.run("batch", "--in", "fixtures/batch/mixed.jsonl", "--out", out.toString(), "--format", "csv");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("id,country,assessedOn,verdict,findings,warnings,errors");
        assertThat(lines.get(1)).startsWith("TJ-2026-0042,TJ,2026-05-12,violation,").contains("night-work:confirmed:TJ-LC2016/213");
        assertThat(lines.get(3)).contains(",invalid,").contains("line 3, column");
    }

    @Test
    void generatedJobsComeBackInInputOrderWhateverTheThreads() throws Exception {
        Path jobs = dir.resolve("jobs.jsonl");
        assertThat(CliTest.run("gen", "--country", "TJ", "--n", "1500", "--seed", "5", "--out", jobs.toString()).code())
                .isZero();
        Path out = dir.resolve("r.jsonl");
        CliTest.Run r = CliTest.run("batch", "--in", jobs.toString(), "--out", out.toString(), "--threads", "3");
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        List<JsonNode> rs = results(out);
        assertThat(rs).hasSize(1500);
        for (int i = 0; i < rs.size(); i++) {
            assertThat(rs.get(i).get("id").asString()).isEqualTo("TJ-GEN-5-" + i);
        }
        assertThat(rs).extracting(n -> n.get("verdict").asString()).doesNotContain("invalid");
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherJobs() throws Exception {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Path c = dir.resolve("c.jsonl");
        CliTest.run("gen", "--country", "KZ", "--n", "500", "--seed", "9", "--out", a.toString());
        CliTest.run("gen", "--country", "KZ", "--n", "500", "--seed", "9", "--out", b.toString());
        CliTest.run("gen", "--country", "KZ", "--n", "500", "--seed", "10", "--out", c.toString());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(c));
        List<JsonNode> jobs = results(a);
        assertThat(jobs).hasSize(500).allSatisfy(j -> assertThat(j.get("country").asString()).isEqualTo("KZ"));
        assertThat(jobs).anySatisfy(j -> assertThat(j.get("schedule").path("start").asString()).isEqualTo("22:00"));
    }

    @Test
    void aByteOrderMarkFromASpreadsheetIsNotPartOfTheFirstColumn() throws Exception {
        Path in = dir.resolve("bom.csv");
        Files.writeString(in, "\uFEFFid,country,assessedOn,worker.age,worker.inEducation,schedule.hoursPerDay,"
                + "schedule.hoursPerWeek,schedule.start,schedule.end\nX-1,TJ,2026-05-12,19,false,8,40,09:00,17:00\n");
        Path out = dir.resolve("r.jsonl");
        assertThat(CliTest.run("batch", "--in", in.toString(), "--out", out.toString()).code()).isZero();
        assertThat(results(out).get(0).get("id").asString()).isEqualTo("X-1");
    }

    @Test
    void aCsvSyntaxErrorStopsTheRunWithItsLineAndExitTwo() throws Exception {
        Path in = dir.resolve("broken.csv");
        Files.writeString(in, "id,country,worker.age\nA,TJ,15\nB,TJ,\"16\n");
        Path out = dir.resolve("r.jsonl");
        CliTest.Run r = CliTest.run("batch", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.err()).contains("broken.csv").contains("not valid CSV at line");
    }

    @Test
    void unusableArgumentsExitTwoWithAMessage() {
        CliTest.Run missing = CliTest.run("batch", "--in", "no/such.jsonl", "--out", dir.resolve("x").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(missing.err()).contains("no/such.jsonl").contains("no such file");
        assertThat(CliTest.run("batch", "--in", "fixtures/batch/mixed.jsonl", "--out", "-", "--format", "xml").code())
                .isEqualTo(ExitCodes.INVALID);
        assertThat(CliTest.run("gen", "--country", "FR", "--n", "1").err()).contains("not encoded");
    }
}
