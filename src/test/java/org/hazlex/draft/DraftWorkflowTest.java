package org.hazlex.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazlex.cli.ExitCodes;
import org.hazlex.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The working group's path end to end, through the command line: export the list in force, edit one cell in the
 * spreadsheet (the greenhouse entry's minimum age, 18 to 16), import, lint (less protective, exit 1), diff over
 * jobs (a 17-year-old greenhouse worker loses the finding; a 15-year-old keeps it), and the impact page.
 */
class DraftWorkflowTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exportEditOneCellImportLintDiff() throws Exception {
        Path xlsx = dir.resolve("list.xlsx");
        Run export = run("draft", "export", "--country", "TJ", "--on", "2026-01-01", "-o", xlsx.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(ExitCodes.COMPLIANT);

        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(DraftExport.LIST_SHEET);
            Row hit = null;
            for (Row r : s) {
                if ("TJ-169/XXV.8".equals(r.getCell(Column.ID.ordinal()).getStringCellValue())) {
                    hit = r;
                }
            }
            assertThat(hit).isNotNull();
            // our reading of the wording travels with the entry, so a working group can edit it
            assertThat(hit.getCell(Column.EXTENT.ordinal()).getStringCellValue()).isEqualTo("workplace");
            assertThat(hit.getCell(Column.TERMS.ordinal()).getStringCellValue()).contains("теплиц");
            Row corrected = null;
            for (Row r : s) {
                if (r.getCell(Column.PRINTED.ordinal()) != null
                        && r.getCell(Column.PRINTED.ordinal()).getStringCellValue().equals("Чистилыцик-продувщик труб")) {
                    corrected = r;
                }
            }
            assertThat(corrected).as("an entry whose label corrects a slip of the copy").isNotNull();
            assertThat(corrected.getCell(Column.WORDING.ordinal()).getStringCellValue()).isEqualTo("Чистильщик-продувщик труб");
            assertThat(corrected.getCell(Column.CORRECTION.ordinal()).getStringCellValue()).contains("лыц");
            Cell age = hit.getCell(Column.MIN_AGE.ordinal());
            assertThat(age.getStringCellValue()).isEqualTo("18");
            age.setCellValue(16);   // typed as a number, as a user would
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }

        Path draft = dir.resolve("draft.xml");
        Run imp = run("draft", "import", "--country", "TJ", "--on", "2026-01-01", "--id", "TJ-DRAFT-WG1", xlsx.toString(),
                "-o", draft.toString());
        assertThat(imp.code()).as(imp.err()).isEqualTo(ExitCodes.COMPLIANT);
        assertThat(imp.err()).contains("read 1521 row(s) (0 new entries); wrote draft TJ-DRAFT-WG1 with 1521 entries");

        Run lint = run("draft", "lint", "--country", "TJ", "--on", "2026-01-01", "--draft", draft.toString(), "--format", "json");
        assertThat(lint.code()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode l = JsonMapper.builder().build().readTree(lint.out());
        assertThat(l.get("errors").asInt()).isZero();
        assertThat(l.get("lessProtective").asInt()).isEqualTo(1);
        JsonNode less = null;
        for (JsonNode i : l.get("issues")) {
            if (i.get("lessProtective").asBoolean()) {
                less = i;
            }
        }
        assertThat(less.get("code").asString()).isEqualTo("age-lowered");
        assertThat(less.get("entry").asString()).isEqualTo("TJ-169/XXV.8");
        assertThat(less.get("before").asString()).isEqualTo("18");
        assertThat(less.get("after").asString()).isEqualTo("16");
        assertThat(less.get("message").asString()).isEqualTo("Less protective: entry TJ-169/XXV.8 would allow the work from age 16 instead of 18.");

        Path jobs = dir.resolve("jobs.jsonl");
        Files.writeString(jobs, String.join("\n",
                job("GH-17", 17), job("GH-15", 15), "") , StandardCharsets.UTF_8);
        Run diff = run("draft", "diff", "--country", "TJ", "--on", "2026-05-12", "--draft", draft.toString(),
                "--jobs", jobs.toString(), "--format", "json");
        assertThat(diff.code()).as(diff.err()).isEqualTo(ExitCodes.COMPLIANT);
        JsonNode d = JsonMapper.builder().build().readTree(diff.out());
        assertThat(d.get("entries")).hasSize(1);
        assertThat(d.get("entries").get(0).get("changes").get(0).get("field").asString()).isEqualTo("minAge");
        assertThat(d.get("jobs").asInt()).isEqualTo(2);
        assertThat(d.get("changed")).hasSize(1);
        JsonNode changed = d.get("changed").get(0);
        assertThat(changed.get("id").asString()).isEqualTo("GH-17");
        assertThat(changed.get("verdictBefore").asString()).isEqualTo("violation");
        assertThat(changed.get("removed").get(0).get("entry").asString()).isEqualTo("TJ-169/XXV.8");

        Path html = dir.resolve("impact.html");
        Run page = run("draft", "diff", "--country", "TJ", "--on", "2026-05-12", "--draft", draft.toString(),
                "--jobs", jobs.toString(), "--format", "html", "--lang", "ru", "-o", html.toString());
        assertThat(page.code()).isEqualTo(ExitCodes.COMPLIANT);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("<html lang=\"ru\">", "Последствия проекта перечня",
                "GH-17", "Рабочие, занятые работой внутри теплиц").doesNotContain("http://", "https://", "<script", "<link");
    }

    static String job(String id, int age) {
        return "{\"id\":\"" + id + "\",\"country\":\"TJ\",\"assessedOn\":\"2026-05-12\",\"worker\":{\"age\":" + age
                + ",\"sex\":\"female\",\"inEducation\":false},\"job\":{\"title\":\"greenhouse worker\",\"isic4\":\"0113\","
                + "\"listItems\":[\"TJ-169/XXV.8\"]},\"schedule\":{\"hoursPerDay\":4,\"hoursPerWeek\":20,\"start\":\"08:00\","
                + "\"end\":\"12:00\",\"schoolTerm\":false}}";
    }
}
