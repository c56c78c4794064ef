package org.hazlex.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazlex.legislation.CountryLaw;
import org.hazlex.legislation.DraftLaw;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.LawBook;
import org.hazlex.legislation.LegislationLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import of the draft template: a lossless round trip, and every problem of a messy sheet reported. */
class DraftImportTest {
    static final LocalDate ON = LocalDate.of(2026, 1, 1);
    static LegislationLoader loader;
    static HazardList list;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        loader = new LegislationLoader();
        LawBook book = loader.loadPackaged();
        CountryLaw tj = book.country("TJ").orElseThrow();
        list = tj.on(ON).list().orElseThrow();
    }

    static DraftImport.Meta meta() {
        return new DraftImport.Meta("TJ-DRAFT-TEST", "Проект", "Draft", ON, "https://example.org/draft", "test");
    }

    private DraftLaw roundTrip(DraftImport.Result r) throws Exception {
        assertThat(r.problems()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        loader.write(r.doc(), out);
        return loader.loadDraft("draft.xml", new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void anUneditedXlsxComesBackAsTheSameListEntryForEntry() throws Exception {
        Path f = dir.resolve("list.xlsx");
        try (OutputStream o = Files.newOutputStream(f)) {
            DraftExport.xlsx(list, 18, o);
        }
        DraftImport.Result r = DraftImport.read(f, list, 18, "TJ", meta());
        DraftLaw d = roundTrip(r);
        assertThat(r.rows()).isEqualTo(list.entries().size());
        assertThat(DraftDiff.entries(list, d.list(), 18)).isEmpty();
        assertThat(d.list().entries().keySet()).containsExactlyElementsOf(list.entries().keySet());
    }

    @Test
    void theCsvHasAByteOrderMarkABilingualHeaderAndComesBackUnchanged() throws Exception {
        Path f = dir.resolve("list.csv");
        try (OutputStream o = Files.newOutputStream(f)) {
            DraftExport.csv(list, 18, o);
        }
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Номер / Id\",\"Раздел / Section\"");
        DraftLaw d = roundTrip(DraftImport.read(f, list, 18, "TJ", meta()));
        assertThat(DraftDiff.entries(list, d.list(), 18)).isEmpty();
    }

    @Test
    void aSheetWithTyposAndBlankCellsGetsEveryProblemWithRowAndColumnAndNoDraft() throws Exception {
        Path f = dir.resolve("messy.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(DraftExport.LIST_SHEET);
            String[] header = new String[Column.values().length];
            for (Column c : Column.values()) {
                header[c.ordinal()] = c.header();
            }
            header[Column.NOTES.ordinal()] = "Коментарий";   // a typo in a header
            row(s, 0, header);
            row(s, 1, "TJ-169/XXV.9", "XXV", "", "Рабочие, занятые поливом хлопка ручным способом",
                    "Manual irrigation of cotton", "extreme-heat, heavy-load", "", "d", "9211", "0116", "18", "", "");
            row(s, 2, "", "XXV", "", "", "Picking cotton by hand", "extreme-heat", "", "x", "92111", "", "sixteen", "", "");
            // row 4 left empty on purpose, row 5 follows it
            row(s, 4, "TJ-169/XXV.9", "XL", "", "Новая работа", "New work", "", "height", "b", "", "Z9", "19", "", "");
            wb.write(Files.newOutputStream(f));
        }
        DraftImport.Result r = DraftImport.read(f, list, 18, "TJ", meta());
        assertThat(r.doc()).isNull();
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.emptyRows()).isEqualTo(1);
        List<String> p = r.problems().stream().map(Object::toString).toList();
        String sheet = "sheet \"" + DraftExport.LIST_SHEET + "\", ";
        assertThat(p).contains(
                sheet + "row 1, column M: unknown column \"Коментарий\"; the template's columns are: "
                        + String.join("; ", java.util.Arrays.stream(Column.values()).map(Column::header).toList()),
                sheet + "row 2, column F (Hazard tags): \"heavy-load\" is not a hazard tag; did you mean \"heavy-loads\"?",
                sheet + "row 3, column D (Official wording (ru)): is empty; every entry needs official wording (ru)",
                sheet + "row 3, column H (R190 para. 3 category): \"x\" is not a category of R190 para. 3 (a to e)",
                sheet + "row 3, column I (ISCO-08 codes): \"92111\" is not an ISCO-08 code (1 to 4 digits, \"=\" after an exact match)",
                sheet + "row 3, column K (Minimum age): \"sixteen\" is not an age in whole years",
                sheet + "row 5, column B (Section): section \"XL\" is neither in the list in force nor in the sheet \""
                        + DraftExport.SECTIONS_SHEET + "\"",
                sheet + "row 5, column A (Id): id TJ-169/XXV.9 is already used in row 2",
                sheet + "row 5, column G (Covers all work with tag): \"height\" must also be among the hazard tags of the row",
                sheet + "row 5, column J (ISIC Rev.4 codes): \"Z9\" is not an ISIC Rev.4 code (a section letter A-U or 2 to 4 digits) or * (every branch)",
                sheet + "row 5, column K (Minimum age): 19 is above the adult age of 18; the list bans work for workers under 18");
        assertThat(p).hasSize(11);
    }

    @Test
    void newRowsGetTheNextFreeIdsAndANewSectionComesFromTheSectionsSheet() throws Exception {
        Path f = dir.resolve("new.xlsx");
        try (OutputStream o = Files.newOutputStream(f)) {
            DraftExport.xlsx(list, 18, o);
        }
        try (InputStream in = Files.newInputStream(f); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(DraftExport.LIST_SHEET);
            int n = s.getLastRowNum() + 1;
            row(s, n, "", "XXV", "", "Ручной сбор хлопка-сырца", "Manual picking of raw cotton", "extreme-heat, heavy-loads",
                    "", "c, г", "9211", "0116", "", "", "");
            row(s, n + 1, "", "XXXII", "", "Работа домашним работником с проживанием", "Live-in domestic work",
                    "domestic-work", "domestic-work", "а, д", "9111", "9700", "", "", "");
            Sheet sec = wb.getSheet(DraftExport.SECTIONS_SHEET);
            row(sec, sec.getLastRowNum() + 1, "XXXII", "", "ДОМАШНИЙ ТРУД", "Domestic work", "97");
            wb.write(Files.newOutputStream(f));
        }
        DraftLaw d = roundTrip(DraftImport.read(f, list, 18, "TJ", meta()));
        assertThat(d.list().entries().get("TJ-169/XXV.11").getR190()).containsExactly("c", "d");
        assertThat(d.list().entries().get("TJ-169/XXXII.1").getR190()).containsExactly("a", "e");
        assertThat(d.list().entries().get("TJ-169/XXXII.1").getCovers()).containsEntry("domestic-work", "confirmed");
        assertThat(d.list().sections().get(d.list().sections().size() - 1).isic4()).containsExactly("97");
    }

    @Test
    void aCsvCannotAddASectionAndSaysWhy() throws Exception {
        Path f = dir.resolve("new.csv");
        String header = String.join(",", java.util.Arrays.stream(Column.values()).map(c -> "\"" + c.header() + "\"").toList());
        Files.writeString(f, "\uFEFF" + header + "\n,XXXII,,Работа,Work,domestic-work,,a,9111,9700,,,\n", StandardCharsets.UTF_8);
        DraftImport.Result r = DraftImport.read(f, list, 18, "TJ", meta());
        assertThat(r.problems()).extracting(Object::toString).containsExactly("sheet \"new.csv\", row 2, column B (Section): "
                + "section \"XXXII\" is neither in the list in force nor in the sheet \"" + DraftExport.SECTIONS_SHEET
                + "\" (a CSV file cannot add sections: use the xlsx template)");
    }

    static void row(Sheet s, int index, String... values) {
        Row r = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            r.createCell(i).setCellValue(values[i]);
        }
    }
}
