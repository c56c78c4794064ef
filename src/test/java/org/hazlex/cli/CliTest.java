package org.hazlex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazlex.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The command line in-process: exit codes, output formats and help. */
class CliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aCompliantJobExitsZero() {
        assertThat(run("check", "fixtures/TJ/tj-shop-assistant-16-compliant.job.json").code()).isEqualTo(ExitCodes.COMPLIANT);
    }

    @Test
    void aViolationExitsOneAndTheJsonMatchesTheContract() {
        Run r = run("check", "--format", "json", "fixtures/TJ/tj-bakery-night-15.job.json");
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode n = JsonReport.parse(r.out());
        assertThat(n.get("verdict").asString()).isEqualTo("violation");
        assertThat(n.get("findings").get(0).get("provision").get("verification").asString()).isEqualTo("verified");
    }

    @Test
    void needsReviewAlsoExitsOne() {
        assertThat(run("check", "fixtures/TJ/tj-tag-pesticides-farm-16.job.json").code())
                .isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aBatchWithSomeInvalidJobsExitsTwoAndStillGivesEveryJobItsResult() {
        Run r = run("check", "--format", "json", "fixtures/invalid/mixed-array.job.json");
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        JsonNode n = JsonReport.parse(r.out());
        assertThat(n).hasSize(3);
        assertThat(n.get(0).get("verdict").asString()).isEqualTo("compliant");
        assertThat(n.get(1).get("errors").get(0).get("path").asString()).isEqualTo("[1].worker.birthDate");
    }

    @Test
    void aMissingFileIsAnInvalidResultNotACrash() {
        Run r = run("check", "--format", "json", "no/such/file.json");
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(JsonReport.parse(r.out()).get("verdict").asString()).isEqualTo("invalid");
    }

    @Test
    void aWrongOptionIsAUsageError() {
        Run r = run("check", "--format", "yaml", "x.json");
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.err()).contains("--format");
    }

    @Test
    void textOutputCanBeRussian() {
        Run r = run("check", "--lang", "ru", "fixtures/TJ/tj-night-end-2201.job.json");
        assertThat(r.out()).contains("НАРУШЕНИЕ").contains("ночное время");
    }

    @Test
    void helpListsEveryCommandWithExamplesAndExitCodes() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("check").contains("laws").contains("report").contains("batch").contains("gen")
                .contains("draft").contains("serve").contains("Examples:").contains("Exit status");
        assertThat(run("batch", "--help").out()).contains("--in").contains("--out").contains("--threads").contains("Examples:");
        assertThat(run("gen", "--help").out()).contains("--country").contains("--n").contains("--seed");
        assertThat(run("check", "--help").out()).contains("--format").contains("--lang").contains("Examples:");
        assertThat(run("laws", "--help").out()).contains("--country").contains("--on");
    }

    @Test
    void lawsShowsAgesHoursNightLoadsAndTheListWithCoverage() {
        Run r = run("laws", "--country", "TJ", "--on", "2026-05-12", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode n = JsonReport.parse(r.out());
        assertThat(n.get("country").asString()).isEqualTo("TJ");
        assertThat(n.get("on").asString()).isEqualTo("2026-05-12");
        assertThat(n.get("minimumAges")).isNotEmpty();
        assertThat(n.get("hours")).isNotEmpty();
        assertThat(n.get("nightWindow").get(0).get("from").asString()).isEqualTo("22:00");
        assertThat(n.get("loadNorms")).hasSize(32);
        assertThat(n.get("hazardousList").get("instrument").asString()).contains("169");
        assertThat(n.get("hazardousList").get("entries").asInt()).isEqualTo(1521);
        assertThat(n.get("hazardousList").get("complete").asBoolean()).isTrue();
        assertThat(n.get("coverage")).isNotEmpty();
    }

    @Test
    void lawsForACountryNotEncodedIsAUsageError() {
        assertThat(run("laws", "--country", "FR").code()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void reportWritesARussianPdfAndTheReferralsCsv(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("act.pdf");
        Path csv = dir.resolve("referrals.csv");
        Run r = run("report", "--lang", "ru", "--format", "pdf", "-o", pdf.toString(), "--referrals", csv.toString(),
                "fixtures/TJ/tj-worksite-market.job.json");
        assertThat(r.code()).as("a violation among the workers").isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).isEmpty();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("stall-2", "minimum-age;hazardous-work", "TJ-LC2016/21.3");
        assertThat(r.out()).contains("3 workers", "1 referrals");
    }

    @Test
    void reportAsHtmlIsOneSelfContainedFileChosenByTheOutputsName(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        Run r = run("report", "-o", html.toString(), "fixtures/TJ/tj-worksite-market.job.json");
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("<style>", "Inspection report", "Art.\u00A021(3)")
                .doesNotContain("<link", "<script");
    }

    @Test
    void reportUsageErrors(@TempDir Path dir) {
        String out = dir.resolve("x.pdf").toString();
        assertThat(run("report", "--lang", "de", "-o", out, "fixtures/TJ/tj-worksite-market.job.json").code())
                .isEqualTo(ExitCodes.INVALID);
        Run missing = run("report", "-o", out, dir.resolve("none.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(missing.err()).contains("cannot read");
        assertThat(run("report", "fixtures/TJ/tj-worksite-market.job.json").code()).as("-o is required")
                .isEqualTo(ExitCodes.INVALID);
        assertThat(run("report", "--help").out()).contains("--referrals", "--format", "--lang", "Examples:");
    }

    @Test
    void anUnknownFieldIsAnInputErrorWithASuggestion() {
        Run r = run("check", "fixtures/invalid/unknown-field-hazard.job.json");
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.out()).contains("INVALID INPUT").contains("job.hazard: unknown field; did you mean job.hazards?");
    }

    @Test
    void theTextListsWhatToSettleAndTheNoteOfAListKnownInPartInBothLanguages() {
        String[] files = {"fixtures/TJ/tj-load-boy-16-10kg-no-frequency.job.json",
            "fixtures/UZ/uz-known-scope-outside-office-library-bookshop-helpdesk.job.json"};
        Run en = run("check", files[0], files[1]);
        assertThat(en.out()).contains("to settle:", "? [fact-missing] Give loads[0].frequency",
                "20 kg if", "4 kg if", "this job lies outside everything known of it");
        Run ru = run("check", "--lang", "ru", files[0], files[1]);
        assertThat(ru.out()).contains("что проверить:", "? [fact-missing] Укажите loads[0].frequency",
                "эта работа лежит вне всего, что о нём известно");
    }
}
