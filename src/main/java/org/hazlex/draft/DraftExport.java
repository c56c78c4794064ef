package org.hazlex.draft;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.ListEntry;
import org.hazlex.legislation.ListSection;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes a hazardous-work list to the draft template: an xlsx workbook (sheet "Перечень - List", one row per entry;
 * sheet "Разделы - Sections", the headings) or a CSV of the entries alone (UTF-8 with a byte-order mark, so Excel
 * opens the Cyrillic correctly). Every cell is text, so codes keep their leading zeros.
 */
public final class DraftExport {
    public static final String LIST_SHEET = "Перечень - List";
    public static final String SECTIONS_SHEET = "Разделы - Sections";
    private static final char BOM = '\uFEFF';

    private DraftExport() {
    }

    /** The template rows for a list: one per entry, in the list's order. {@code adultAge} fills the minimum age. */
    public static List<String[]> rows(HazardList list, int adultAge) {
        List<String[]> rows = new ArrayList<>();
        for (ListSection s : list.sections()) {
            for (ListEntry e : list.entries().values()) {
                if (!e.getSection().equals(s.id())) {
                    continue;
                }
                String sub = e.getSubsection() == null ? "" : s.subsections().stream()
                        .filter(x -> x.id().equals(e.getSubsection())).findFirst().map(ListSection.ListSubsection::number)
                        .orElse("");
                String[] r = new String[Column.values().length];
                r[Column.ID.ordinal()] = e.getId();
                r[Column.SECTION.ordinal()] = s.number();
                r[Column.SUBSECTION.ordinal()] = sub;
                r[Column.WORDING.ordinal()] = e.getLabel();
                r[Column.GLOSS.ordinal()] = e.getGloss();
                r[Column.HAZARDS.ordinal()] = String.join(", ", new TreeSet<>(e.getHazards()));
                List<String> covers = new ArrayList<>();
                e.getCovers().forEach((tag, c) -> covers.add("suspected".equals(c) ? tag + "?" : tag));
                r[Column.COVERS.ordinal()] = String.join(", ", new TreeSet<>(covers));
                r[Column.R190.ordinal()] = String.join(", ", e.getR190());
                List<String> isco = new ArrayList<>();
                e.getIsco08().forEach((code, exact) -> isco.add(exact ? code + "=" : code));
                r[Column.ISCO.ordinal()] = String.join(", ", new TreeSet<>(isco));
                r[Column.ISIC.ordinal()] = String.join(", ", e.getIsic4());
                r[Column.MIN_AGE.ordinal()] = String.valueOf(e.getMinAge() != null ? e.getMinAge() : adultAge);
                r[Column.PROVISION.ordinal()] = e.getProvision().id() + " (" + e.getProvision().article() + ")";
                r[Column.NOTES.ordinal()] = String.join("\n", e.getNotes());
                r[Column.EXTENT.ordinal()] = e.getExtent().code();
                r[Column.TERMS.ordinal()] = String.join("; ", e.getTerms());
                r[Column.QUALIFIER_HAZARDS.ordinal()] = String.join(", ", new TreeSet<>(e.getQualifier().hazards()));
                r[Column.QUALIFIER_TERMS.ordinal()] = String.join("; ", e.getQualifier().terms());
                r[Column.PRINTED.ordinal()] = e.getPrinted() == null ? "" : e.getPrinted();
                r[Column.CORRECTION.ordinal()] = e.getReading().correction() == null ? "" : e.getReading().correction();
                rows.add(r);
            }
        }
        return rows;
    }

    /** The sections sheet rows: a row per section, then a row per subsection. */
    public static List<String[]> sectionRows(HazardList list) {
        List<String[]> rows = new ArrayList<>();
        for (ListSection s : list.sections()) {
            rows.add(new String[] {s.number(), "", title(s.titles(), "ru"), title(s.titles(), "en"),
                String.join(" ", s.isic4())});
            for (ListSection.ListSubsection ss : s.subsections()) {
                rows.add(new String[] {s.number(), ss.number(), title(ss.titles(), "ru"), title(ss.titles(), "en"),
                    String.join(" ", ss.isic4())});
            }
        }
        return rows;
    }

    public static void xlsx(HazardList list, int adultAge, OutputStream out) {
        try (Workbook wb = new XSSFWorkbook()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setWrapText(true);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            String[] headers = new String[Column.values().length];
            for (Column c : Column.values()) {
                headers[c.ordinal()] = c.header();
            }
            Sheet sheet = wb.createSheet(LIST_SHEET);
            fill(sheet, headers, rows(list, adultAge), head, wrap);
            int[] widths = {18, 8, 8, 60, 50, 28, 16, 10, 16, 14, 10, 24, 30, 12, 30, 20, 30, 40, 30};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            String[] sectionHeaders = new String[SectionColumn.values().length];
            for (SectionColumn c : SectionColumn.values()) {
                sectionHeaders[c.ordinal()] = c.header();
            }
            Sheet sections = wb.createSheet(SECTIONS_SHEET);
            fill(sections, sectionHeaders, sectionRows(list), head, wrap);
            int[] sw = {8, 10, 60, 50, 20};
            for (int i = 0; i < sw.length; i++) {
                sections.setColumnWidth(i, sw[i] * 256);
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void csv(HazardList list, int adultAge, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(BOM);
            List<String[]> all = new ArrayList<>();
            String[] headers = new String[Column.values().length];
            for (Column c : Column.values()) {
                headers[c.ordinal()] = c.header();
            }
            all.add(headers);
            all.addAll(rows(list, adultAge));
            CsvMapper mapper = CsvMapper.builder().build();
            w.write(mapper.writerFor(String[][].class).with(CsvSchema.emptySchema()).writeValueAsString(all.toArray(new String[0][])));
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, String[] headers, List<String[]> rows, CellStyle head, CellStyle wrap) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers[i]);
            c.setCellStyle(head);
        }
        int n = 1;
        for (String[] r : rows) {
            Row row = sheet.createRow(n++);
            for (int i = 0; i < r.length; i++) {
                Cell c = row.createCell(i);
                c.setCellValue(r[i] == null ? "" : r[i]);
                if (i == Column.WORDING.ordinal() || i == Column.GLOSS.ordinal() || i == Column.NOTES.ordinal()
                        || i == Column.PRINTED.ordinal()) {
                    c.setCellStyle(wrap);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.length - 1));
    }

    private static String title(Map<String, String> titles, String lang) {
        return titles.getOrDefault(lang, "");
    }
}
