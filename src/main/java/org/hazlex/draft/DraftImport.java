package org.hazlex.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.hazlex.domain.HazardTags;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.ListEntry;
import org.hazlex.legislation.ListSection;
import org.hazlex.legislation.xml.XInstrument;
import org.hazlex.legislation.xml.XLangText;
import org.hazlex.legislation.xml.XLegislation;
import org.hazlex.legislation.xml.XList;
import org.hazlex.legislation.xml.XProvision;
import org.hazlex.legislation.xml.XSource;
import org.hazlex.legislation.xml.XText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads an edited draft template (xlsx or CSV) into a draft legislation document. Every problem is reported with
 * its sheet, row and column (as the spreadsheet shows them) and what is wrong; a row that cannot be read is an
 * error, never skipped, and no draft is written while any problem remains. Wholly empty rows are counted and
 * reported, not read. Rows with an empty id are new entries: they get the next free number in their (sub)section.
 */
public final class DraftImport {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/\\-]*");
    private static final Pattern ISCO = Pattern.compile("([0-9]{1,4})(=?)");
    private static final Pattern ISIC = Pattern.compile("[A-U]|[0-9]{2,4}");
    private static final Pattern SPLIT = Pattern.compile("[,;\\s]+");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");
    /** Extents may be typed in Russian. */
    private static final Map<String, String> EXTENT_RU = Map.of("профессия", "occupation", "производство", "production",
            "рабочее место", "workplace");
    /** R190 para. 3 is lettered а) б) в) г) д) in Russian; Latin look-alikes typed in a Russian layout too. */
    private static final Map<Character, Character> R190_RU = Map.of('а', 'a', 'б', 'b', 'в', 'c', 'с', 'c', 'г', 'd',
            'д', 'e', 'е', 'e');

    private DraftImport() {
    }

    /** One problem in the spreadsheet: where (sheet, row, column as shown) and what is wrong. */
    public record Problem(String sheet, int row, String column, String message) {
        @Override
        public String toString() {
            return "sheet \"" + sheet + "\", row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + message;
        }
    }

    /** The draft's instrument metadata: id, titles, date, source. */
    public record Meta(String id, String titleRu, String titleEn, LocalDate adopted, String sourceUrl, String sourceNote) {
    }

    /** What the import did: the problems (none: {@code doc} is the draft), rows read, entries, new entries. */
    public record Result(List<Problem> problems, XLegislation doc, int rows, int entries, int newEntries, int emptyRows) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private record Cells(int row, String[] values) {
        boolean blank() {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Table(String sheet, List<Cells> rows) {
    }

    private static final class Sec {
        final String id;
        final String number;
        final Map<String, String> titles = new LinkedHashMap<>();
        final List<String> isic4 = new ArrayList<>();
        final Map<String, XList.Subsection> subs = new LinkedHashMap<>();
        final List<XList.Entry> entries = new ArrayList<>();

        Sec(String id, String number) {
            this.id = id;
            this.number = number;
        }
    }

    /**
     * Reads {@code file} (.xlsx or .csv) as a revision of {@code base}, the list in force it was exported from.
     * {@code adultAge} is the age below which the base list bans the work (a "Minimum age" equal to it is the
     * default and is not written).
     */
    public static Result read(Path file, HazardList base, int adultAge, String country, Meta meta) {
        List<Problem> problems = new ArrayList<>();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Table list;
        Table sections = null;
        try {
            if (name.endsWith(".xlsx")) {
                try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                    Sheet s = wb.getSheet(DraftExport.LIST_SHEET);
                    if (s == null) {
                        s = wb.getSheetAt(0);
                    }
                    list = table(wb, s);
                    Sheet ss = wb.getSheet(DraftExport.SECTIONS_SHEET);
                    if (ss != null) {
                        sections = table(wb, ss);
                    }
                }
            } else if (name.endsWith(".csv")) {
                list = csv(file, problems);
            } else {
                problems.add(new Problem(file.getFileName().toString(), 0, "", "not a .xlsx or .csv file"));
                return new Result(problems, null, 0, 0, 0, 0);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(file.getFileName().toString(), 0, "", "cannot read the file: " + e.getMessage()));
            return new Result(problems, null, 0, 0, 0, 0);
        }
        String prefix = prefix(base, country);
        Map<String, Sec> secs = baseSections(base, prefix);
        if (sections != null) {
            readSections(sections, secs, prefix, problems);
        }
        Map<Column, Integer> cols = header(list, problems);
        int empty = 0;
        int read = 0;
        Map<String, Integer> seenIds = new HashMap<>();
        List<Object[]> pendingNew = new ArrayList<>();
        for (Cells c : list.rows().subList(Math.min(1, list.rows().size()), list.rows().size())) {
            if (c.blank()) {
                empty++;
                continue;
            }
            read++;
            Row r = new Row(list.sheet(), c, cols, problems);
            XList.Entry e = new XList.Entry();
            Sec sec = null;
            String secNo = r.get(Column.SECTION);
            if (!secNo.isEmpty()) {
                sec = secs.get(secNo.toUpperCase(Locale.ROOT));
                if (sec == null) {
                    r.problem(Column.SECTION, "section \"" + secNo + "\" is neither in the list in force nor in the sheet \""
                            + DraftExport.SECTIONS_SHEET + "\"" + (name.endsWith(".csv")
                            ? " (a CSV file cannot add sections: use the xlsx template)" : ""));
                }
            }
            String subNo = r.get(Column.SUBSECTION);
            if (sec != null && !subNo.isEmpty()) {
                XList.Subsection ss = sec.subs.get(subNo);
                if (ss == null) {
                    r.problem(Column.SUBSECTION, "section " + sec.number + " has no subsection \"" + subNo + "\"");
                } else {
                    e.subsection = ss.id;
                }
            }
            String id = r.get(Column.ID);
            if (!id.isEmpty()) {
                if (!ID.matcher(id).matches()) {
                    r.problem(Column.ID, "\"" + id + "\" is not an id (letters, digits and . _ / - only)");
                } else if (seenIds.containsKey(id)) {
                    r.problem(Column.ID, "id " + id + " is already used in row " + seenIds.get(id));
                } else if (sec != null && !under(id, sec.id, e.subsection)) {
                    r.problem(Column.ID, "id " + id + " does not belong to section " + sec.number
                            + (e.subsection != null ? " subsection " + subNo : "")
                            + "; clear the id to make it a new entry there, or move the row back");
                }
                seenIds.putIfAbsent(id, c.row());
                e.id = id;
            }
            e.label = new XList.Label();
            e.label.lang = "ru";
            e.label.text = r.get(Column.WORDING);
            String printed = r.get(Column.PRINTED);
            String correction = r.get(Column.CORRECTION);
            if (printed.isEmpty() != correction.isEmpty()) {
                r.problem(printed.isEmpty() ? Column.PRINTED : Column.CORRECTION, "the wording as printed and why it"
                        + " was corrected go together: fill both or neither");
            } else if (!printed.isEmpty()) {
                e.label.printed = printed;
                e.label.correction = correction;
            }
            e.gloss = text("en", r.get(Column.GLOSS));
            for (String t : r.list(Column.HAZARDS)) {
                String tag = t.toLowerCase(Locale.ROOT);
                if (!HazardTags.CORE.contains(tag)) {
                    r.problem(Column.HAZARDS, "\"" + t + "\" is not a hazard tag" + suggest(tag));
                } else if (!e.hazards.contains(tag)) {
                    e.hazards.add(tag);
                }
            }
            for (String t : r.list(Column.COVERS)) {
                boolean suspected = t.endsWith("?");
                String tag = (suspected ? t.substring(0, t.length() - 1) : t).toLowerCase(Locale.ROOT);
                if (!HazardTags.CORE.contains(tag)) {
                    r.problem(Column.COVERS, "\"" + t + "\" is not a hazard tag" + suggest(tag));
                } else if (!e.hazards.contains(tag)) {
                    r.problem(Column.COVERS, "\"" + tag + "\" must also be among the hazard tags of the row");
                } else {
                    XList.Covers cv = new XList.Covers();
                    cv.tag = tag;
                    cv.certainty = suspected ? "suspected" : null;
                    e.covers.add(cv);
                }
            }
            for (String t : r.list(Column.R190)) {
                for (String part : t.length() > 1 && t.chars().allMatch(Character::isLetter) ? t.split("") : new String[] {t}) {
                    String p = part.toLowerCase(Locale.ROOT).replace(")", "");
                    char ch = p.length() == 1 ? R190_RU.getOrDefault(p.charAt(0), p.charAt(0)) : '?';
                    if (ch < 'a' || ch > 'e') {
                        r.problem(Column.R190, "\"" + part + "\" is not a category of R190 para. 3 (a to e)");
                    } else if (!e.r190.contains(String.valueOf(ch))) {
                        e.r190.add(String.valueOf(ch));
                    }
                }
            }
            for (String t : r.list(Column.ISCO)) {
                Matcher m = ISCO.matcher(t);
                if (!m.matches()) {
                    r.problem(Column.ISCO, "\"" + t + "\" is not an ISCO-08 code (1 to 4 digits, \"=\" after an exact match)");
                } else {
                    XList.Isco i = new XList.Isco();
                    i.code = m.group(1);
                    i.exact = m.group(2).isEmpty() ? null : Boolean.TRUE;
                    e.isco08.add(i);
                }
            }
            for (String t : r.list(Column.ISIC)) {
                String code = t.toUpperCase(Locale.ROOT);
                if (!code.equals("*") && !ISIC.matcher(code).matches()) {
                    r.problem(Column.ISIC, "\"" + t + "\" is not an ISIC Rev.4 code (a section letter A-U or 2 to 4 digits)"
                            + " or * (every branch)");
                } else {
                    e.isic4.add(code);
                }
            }
            String extent = r.get(Column.EXTENT).toLowerCase(Locale.ROOT);
            if (!extent.isEmpty()) {
                String code = EXTENT_RU.getOrDefault(extent, extent);
                if (!List.of("occupation", "production", "workplace").contains(code)) {
                    r.problem(Column.EXTENT, "\"" + r.get(Column.EXTENT) + "\" is not an extent: occupation, production or"
                            + " workplace (профессия, производство, рабочее место)");
                } else if (!code.equals("occupation")) {
                    e.extent = code;
                }
            }
            for (String t : r.terms(Column.TERMS)) {
                e.terms.add(text(ru(t) ? "ru" : "en", t));
            }
            List<String> qualifierTags = new ArrayList<>();
            for (String t : r.list(Column.QUALIFIER_HAZARDS)) {
                String tag = t.toLowerCase(Locale.ROOT);
                if (!HazardTags.CORE.contains(tag)) {
                    r.problem(Column.QUALIFIER_HAZARDS, "\"" + t + "\" is not a hazard tag" + suggest(tag));
                } else if (!qualifierTags.contains(tag)) {
                    qualifierTags.add(tag);
                }
            }
            List<String> qualifierTerms = r.terms(Column.QUALIFIER_TERMS);
            if (!qualifierTags.isEmpty() || !qualifierTerms.isEmpty()) {
                e.qualifier = new XList.Qualifier();
                e.qualifier.hazards.addAll(qualifierTags);
                qualifierTerms.forEach(t -> e.qualifier.terms.add(text(ru(t) ? "ru" : "en", t)));
            }
            String age = r.get(Column.MIN_AGE);
            if (!age.isEmpty()) {
                Integer a = age.matches("\\d{1,2}(\\.0+)?") ? Integer.valueOf(age.replaceAll("\\..*", "")) : null;
                if (a == null) {
                    r.problem(Column.MIN_AGE, "\"" + age + "\" is not an age in whole years");
                } else if (a > adultAge) {
                    r.problem(Column.MIN_AGE, a + " is above the adult age of " + adultAge
                            + "; the list bans work for workers under " + adultAge);
                } else if (a < adultAge) {
                    e.minAge = a;
                }
            }
            for (String n : r.get(Column.NOTES).split("\\R")) {
                if (!n.isBlank()) {
                    e.notes.add(n.strip());
                }
            }
            if (sec != null) {
                sec.entries.add(e);
                if (e.id == null) {
                    pendingNew.add(new Object[] {sec, e});
                }
            }
        }
        if (read == 0 && problems.isEmpty()) {
            problems.add(new Problem(list.sheet(), 2, "", "the sheet has no entries"));
        }
        if (!problems.isEmpty()) {
            return new Result(problems, null, read, 0, pendingNew.size(), empty);
        }
        for (Object[] p : pendingNew) {
            Sec sec = (Sec) p[0];
            XList.Entry e = (XList.Entry) p[1];
            e.id = nextId(sec, e.subsection, base, seenIds);
            seenIds.put(e.id, 0);
        }
        XLegislation doc = document(secs, country, meta, file.getFileName().toString());
        int entries = secs.values().stream().mapToInt(s -> s.entries.size()).sum();
        return new Result(problems, doc, read, entries, pendingNew.size(), empty);
    }

    /** Reads one row's cells by column, collecting problems with the row's sheet, number and column letter. */
    private static final class Row {
        final String sheet;
        final Cells cells;
        final Map<Column, Integer> cols;
        final List<Problem> problems;

        Row(String sheet, Cells cells, Map<Column, Integer> cols, List<Problem> problems) {
            this.sheet = sheet;
            this.cells = cells;
            this.cols = cols;
            this.problems = problems;
            for (Column c : Column.values()) {
                if (c.required() && cols.containsKey(c) && get(c).isEmpty()) {
                    problem(c, "is empty; every entry needs " + c.en().toLowerCase(Locale.ROOT));
                }
            }
        }

        String get(Column c) {
            Integer i = cols.get(c);
            if (i == null || i >= cells.values().length || cells.values()[i] == null) {
                return "";
            }
            return cells.values()[i].strip();
        }

        /** Terms (each one or more words) separated by ";", "," or line breaks, lower case. */
        List<String> terms(Column c) {
            List<String> out = new ArrayList<>();
            for (String t : get(c).split("[;,\\n]+")) {
                String term = t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (!term.isEmpty() && !out.contains(term)) {
                    out.add(term);
                }
            }
            return out;
        }

        List<String> list(Column c) {
            String v = get(c);
            if (v.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String s : SPLIT.split(v)) {
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return out;
        }

        void problem(Column c, String message) {
            Integer i = cols.get(c);
            problems.add(new Problem(sheet, cells.row(), i == null ? "" : Column.letter(i) + " (" + c.en() + ")", message));
        }
    }

    private static Map<Column, Integer> header(Table t, List<Problem> problems) {
        Map<Column, Integer> cols = new EnumMap<>(Column.class);
        if (t.rows().isEmpty()) {
            problems.add(new Problem(t.sheet(), 1, "", "the sheet is empty; the first row must hold the column headers"));
            return cols;
        }
        Cells h = t.rows().get(0);
        for (int i = 0; i < h.values().length; i++) {
            String v = h.values()[i] == null ? "" : h.values()[i].strip();
            if (v.isEmpty()) {
                continue;
            }
            Optional<Column> c = Column.of(v);
            if (c.isEmpty()) {
                problems.add(new Problem(t.sheet(), h.row(), Column.letter(i), "unknown column \"" + v
                        + "\"; the template's columns are: " + String.join("; ", java.util.Arrays.stream(Column.values())
                        .map(Column::header).toList())));
            } else if (cols.containsKey(c.get())) {
                problems.add(new Problem(t.sheet(), h.row(), Column.letter(i), "column \"" + v + "\" appears twice (also "
                        + Column.letter(cols.get(c.get())) + ")"));
            } else {
                cols.put(c.get(), i);
            }
        }
        for (Column c : Column.values()) {
            if ((c.required() || c == Column.ID) && !cols.containsKey(c)) {
                problems.add(new Problem(t.sheet(), h.row(), "", "the column \"" + c.header() + "\" is missing"));
            }
        }
        return cols;
    }

    private static void readSections(Table t, Map<String, Sec> secs, String prefix, List<Problem> problems) {
        if (t.rows().isEmpty()) {
            return;
        }
        Map<SectionColumn, Integer> cols = new EnumMap<>(SectionColumn.class);
        Cells h = t.rows().get(0);
        for (int i = 0; i < h.values().length; i++) {
            String v = h.values()[i] == null ? "" : h.values()[i].strip();
            if (v.isEmpty()) {
                continue;
            }
            Optional<SectionColumn> c = SectionColumn.of(v);
            if (c.isEmpty()) {
                problems.add(new Problem(t.sheet(), h.row(), Column.letter(i), "unknown column \"" + v + "\""));
            } else {
                cols.put(c.get(), i);
            }
        }
        for (SectionColumn c : SectionColumn.values()) {
            if (c.required() && !cols.containsKey(c)) {
                problems.add(new Problem(t.sheet(), h.row(), "", "the column \"" + c.header() + "\" is missing"));
                return;
            }
        }
        for (Cells c : t.rows().subList(1, t.rows().size())) {
            if (c.blank()) {
                continue;
            }
            java.util.function.Function<SectionColumn, String> get = col -> {
                Integer i = cols.get(col);
                return i == null || i >= c.values().length || c.values()[i] == null ? "" : c.values()[i].strip();
            };
            String no = get.apply(SectionColumn.SECTION).toUpperCase(Locale.ROOT);
            String sub = get.apply(SectionColumn.SUBSECTION);
            String ru = get.apply(SectionColumn.TITLE_RU);
            String where = Column.letter(cols.get(SectionColumn.SECTION)) + " (Section)";
            if (no.isEmpty() || !ID.matcher(no).matches()) {
                problems.add(new Problem(t.sheet(), c.row(), where, no.isEmpty() ? "is empty" : "\"" + no + "\" is not a section number"));
                continue;
            }
            if (ru.isEmpty()) {
                problems.add(new Problem(t.sheet(), c.row(), Column.letter(cols.get(SectionColumn.TITLE_RU)) + " (Title (ru))",
                        "is empty; every section and subsection needs its Russian title"));
                continue;
            }
            Sec s = sub.isEmpty() ? secs.computeIfAbsent(no, k -> new Sec(prefix + "/" + k, k)) : secs.get(no);
            if (sub.isEmpty()) {
                s.titles.put("ru", ru);
                String en = get.apply(SectionColumn.TITLE_EN);
                if (!en.isEmpty()) {
                    s.titles.put("en", en);
                }
                s.isic4.clear();
                s.isic4.addAll(scope(t, c, cols, get.apply(SectionColumn.ISIC), problems));
                if (s.isic4.isEmpty()) {
                    problems.add(new Problem(t.sheet(), c.row(), cols.containsKey(SectionColumn.ISIC)
                            ? Column.letter(cols.get(SectionColumn.ISIC)) + " (ISIC)" : "",
                            "section " + no + " needs its industry scope: ISIC Rev.4 codes of the branch it covers, or * for"
                                    + " every branch"));
                }
            } else if (s == null) {
                problems.add(new Problem(t.sheet(), c.row(), where, "subsection " + sub + " names section " + no
                        + ", which has no row of its own above"));
            } else {
                XList.Subsection ss = s.subs.computeIfAbsent(sub, k -> {
                    XList.Subsection x = new XList.Subsection();
                    x.id = s.id + "." + k;
                    x.number = k;
                    return x;
                });
                ss.titles.clear();
                ss.titles.add(text("ru", ru));
                ss.isic4.clear();
                ss.isic4.addAll(scope(t, c, cols, get.apply(SectionColumn.ISIC), problems));
                String en = get.apply(SectionColumn.TITLE_EN);
                if (!en.isEmpty()) {
                    ss.titles.add(text("en", en));
                }
            }
        }
    }

    /** An industry scope cell: ISIC Rev.4 codes (a section letter or 2 to 4 digits) or "*" (every branch). */
    private static List<String> scope(Table t, Cells c, Map<SectionColumn, Integer> cols, String cell, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (String code : SPLIT.split(cell)) {
            if (code.isEmpty()) {
                continue;
            }
            String up = code.toUpperCase(Locale.ROOT);
            if (!up.equals("*") && !ISIC.matcher(up).matches()) {
                problems.add(new Problem(t.sheet(), c.row(), Column.letter(cols.get(SectionColumn.ISIC)) + " (ISIC)",
                        "\"" + code + "\" is not an ISIC Rev.4 code (a section letter A-U or 2 to 4 digits) or * (every branch)"));
            } else if (!out.contains(up)) {
                out.add(up);
            }
        }
        return out;
    }

    /** Whether a term is written in Cyrillic. */
    private static boolean ru(String term) {
        return term.chars().anyMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC);
    }

    private static Map<String, Sec> baseSections(HazardList base, String prefix) {
        Map<String, Sec> secs = new LinkedHashMap<>();
        if (base == null) {
            return secs;
        }
        for (ListSection s : base.sections()) {
            Sec sec = new Sec(s.id(), s.number());
            sec.titles.putAll(s.titles());
            sec.isic4.addAll(s.isic4());
            for (ListSection.ListSubsection ss : s.subsections()) {
                XList.Subsection x = new XList.Subsection();
                x.id = ss.id();
                x.number = ss.number();
                x.isic4.addAll(ss.isic4());
                ss.titles().forEach((lang, t) -> x.titles.add(text(lang, t)));
                sec.subs.put(ss.number(), x);
            }
            secs.put(s.number().toUpperCase(Locale.ROOT), sec);
        }
        return secs;
    }

    private static String prefix(HazardList base, String country) {
        if (base != null && !base.sections().isEmpty()) {
            String id = base.sections().get(0).id();
            int slash = id.lastIndexOf('/');
            if (slash > 0) {
                return id.substring(0, slash);
            }
        }
        return country + "-draft";
    }

    private static boolean under(String id, String sectionId, String subsectionId) {
        return subsectionId != null ? id.startsWith(subsectionId + "/") : id.startsWith(sectionId + ".");
    }

    private static String nextId(Sec sec, String subsection, HazardList base, Map<String, Integer> used) {
        String stem = subsection != null ? subsection + "/" : sec.id + ".";
        int max = 0;
        List<String> ids = new ArrayList<>(used.keySet());
        if (base != null) {
            ids.addAll(base.entries().keySet());
        }
        for (String id : ids) {
            if (id.startsWith(stem) && (subsection != null || id.indexOf('/', stem.length()) < 0)) {
                Matcher m = TRAILING_NUMBER.matcher(id.substring(stem.length()));
                if (m.find() && m.start() == 0) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
        }
        return stem + (max + 1);
    }

    private static XLangText citation(String lang, String text) {
        XLangText t = new XLangText();
        t.lang = lang;
        t.text = text;
        return t;
    }

    private static XLegislation document(Map<String, Sec> secs, String country, Meta meta, String file) {
        XLegislation doc = new XLegislation();
        doc.country = country;
        doc.status = "draft";
        XInstrument in = new XInstrument();
        in.id = meta.id();
        in.kind = "draft";
        in.adopted = meta.adopted().toString();
        in.validFrom = meta.adopted().toString();
        in.titles.add(text("ru", meta.titleRu()));
        in.titles.add(text("en", meta.titleEn()));
        in.citations.add(citation(null, meta.titleEn()));
        in.citations.add(citation("ru", meta.titleRu()));
        XSource src = new XSource();
        src.url = meta.sourceUrl();
        src.kind = "secondary";
        src.note = meta.sourceNote();
        in.sources.add(src);
        in.notes.add("Imported by hazlex draft import from " + file + ". A draft is not law.");
        doc.items.add(in);
        XProvision p = new XProvision();
        p.id = meta.id() + "/list";
        p.instrument = meta.id();
        p.article = "List";
        p.verification = "verified";
        p.summary = "The draft list of work banned for workers under the adult age, as imported from " + file + ".";
        p.notes.add("Verified against the draft's own text: this file is the draft.");
        doc.items.add(p);
        XList l = new XList();
        l.id = meta.id();
        l.provision = p.id;
        l.titles.add(text("ru", meta.titleRu()));
        l.titles.add(text("en", meta.titleEn()));
        for (Sec s : secs.values()) {
            if (s.entries.isEmpty()) {
                continue;
            }
            XList.Section x = new XList.Section();
            x.id = s.id;
            x.number = s.number;
            x.officialEntries = s.entries.size();
            x.isic4 = new ArrayList<>(s.isic4);
            s.titles.forEach((lang, t) -> x.titles.add(text(lang, t)));
            java.util.Set<String> used = new java.util.HashSet<>();
            s.entries.forEach(e -> {
                if (e.subsection != null) {
                    used.add(e.subsection);
                }
            });
            s.subs.values().stream().filter(ss -> used.contains(ss.id)).forEach(x.subsections::add);
            x.entries.addAll(s.entries);
            l.sections.add(x);
        }
        doc.items.add(l);
        return doc;
    }

    private static XText text(String lang, String value) {
        XText t = new XText();
        t.lang = lang;
        t.text = value;
        return t;
    }

    private static String suggest(String tag) {
        String best = null;
        int bestD = 4;
        for (String t : HazardTags.CORE) {
            int d = distance(tag, t);
            if (d < bestD) {
                bestD = d;
                best = t;
            }
        }
        return best == null ? " (see the contract's hazard vocabulary)" : "; did you mean \"" + best + "\"?";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Table table(Workbook wb, Sheet s) {
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        List<Cells> rows = new ArrayList<>();
        int width = 0;
        for (org.apache.poi.ss.usermodel.Row r : s) {
            width = Math.max(width, r.getLastCellNum());
        }
        int next = 0;
        for (org.apache.poi.ss.usermodel.Row r : s) {
            for (; next < r.getRowNum(); next++) {
                rows.add(new Cells(next + 1, new String[0]));   // a row the sheet has no cells in: counted as empty
            }
            next = r.getRowNum() + 1;
            String[] v = new String[Math.max(width, 0)];
            for (int i = 0; i < v.length; i++) {
                Cell c = r.getCell(i);
                v[i] = c == null ? "" : fmt.formatCellValue(c, ev);
            }
            rows.add(new Cells(r.getRowNum() + 1, v));
        }
        return new Table(s.getSheetName(), rows);
    }

    private static Table csv(Path file, List<Problem> problems) throws IOException {
        String sheet = file.getFileName().toString();
        List<Cells> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
            java.io.PushbackReader pr = new java.io.PushbackReader(r, 1);
            int first = pr.read();
            if (first != -1 && first != '\uFEFF') {
                pr.unread(first);
            }
            int n = 0;
            try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(pr)) {
                while (it.hasNext()) {
                    n++;
                    rows.add(new Cells(n, it.next()));
                }
            } catch (JacksonException e) {
                problems.add(new Problem(sheet, n + 1, "", "not valid CSV: " + e.getOriginalMessage()));
            }
        }
        return new Table(sheet, rows);
    }
}
