package org.hazlex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hazlex.assess.Assessor;
import org.hazlex.assess.Inspection;
import org.hazlex.findings.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The worksite inspection report: the Russian PDF of the 10-worker brick kiln holds the Cyrillic names, every
 * finding's article and the verdicts; every TJ worksite fixture prints to HTML and PDF in both languages without a
 * renderer warning or a log line; the referrals CSV has one row per child to refer. Page images of the brick-kiln
 * act are written to {@code target/report/} for a person to look at.
 */
class InspectionReportTest {
    private static final Assessor ASSESSOR = Assessor.packaged();
    private static final Path KILN = Path.of("fixtures/TJ/tj-worksite-brick-kiln.job.json");
    private static Inspection kiln;
    private static String kilnText;

    @BeforeAll
    static void printTheBrickKilnAct() throws IOException {
        kiln = inspect(KILN);
        Path dir = Files.createDirectories(Path.of("target/report"));
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        kilnText = print(dir, "ru");
        print(dir, "en");
    }

    /** Prints the brick-kiln act in a language to target/report (PDF and one PNG per page); returns its text. */
    private static String print(Path dir, String lang) throws IOException {
        PdfReport.Rendered pdf = PdfReport.render(new InspectionReport(Messages.of(lang)).html(kiln));
        assertThat(pdf.warnings()).isEmpty();
        String name = "tj-worksite-brick-kiln." + lang;
        Files.write(dir.resolve(name + ".pdf"), pdf.pdf());
        try (PDDocument doc = Loader.loadPDF(pdf.pdf())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 110, ImageType.GRAY);
                ImageIO.write(page, "png", dir.resolve(name + ".page-" + (i + 1) + ".png").toFile());
            }
            return new PDFTextStripper().getText(doc);
        }
    }

    static Inspection inspect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ASSESSOR.inspect(file.toString(), in);
        }
    }

    @Test
    void theRussianPdfHoldsTheWorkersNamesVerdictsAndEveryFindingsArticle() {
        String text = kilnText.replace('\u00A0', ' ').replaceAll("\\s+", " ");
        assertThat(text).contains("Акт проверки", "Кирпичный завод «Гулистон»", "14.05.2026",
                "Рахимов А. К., главный государственный инспектор труда", "ООО «Гулистон-Хишт»");
        for (Inspection.Worker w : kiln.workers()) {
            assertThat(text).contains(w.submission().job().worker().name());
            for (Finding f : w.result().findings()) {
                assertThat(text).as("the article of %s for %s", f.kind(), w.result().id())
                        .contains(f.provision().article("ru"));
            }
        }
        assertThat(text).contains("ч. 3 ст. 21", "ст. 213", "TJ-169/XIII.5/7", "«Загрузчик печей»",
                "Трудовой кодекс Республики Таджикистан от 23 июля 2016 года № 1329",
                "НАРУШЕНИЕ", "СООТВЕТСТВУЕТ", "стр. 1 из ");
        assertThat(text).as("a Russian act cites the law in Russian").doesNotContain("Labour Code", "Decree No.", "Art. ");
    }

    @Test
    void pageImagesAreWrittenForAPersonToLookAt() {
        assertThat(Path.of("target/report/tj-worksite-brick-kiln.ru.page-1.png")).exists().isNotEmptyFile();
    }

    @Test
    void theHeaderCarriesTheWorksiteBlock() {
        var site = kiln.worksite();
        assertThat(site.inspectionDate()).hasToString("2026-05-14");
        assertThat(kiln.on()).as("with no assessedOn, the law of the inspection date applies").hasToString("2026-05-14");
        assertThat(site.inspectors()).hasSize(2);
        assertThat(kiln.workers()).hasSize(10);
    }

    static Stream<Path> worksites() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("fixtures/TJ"))) {
            return s.filter(p -> p.toString().endsWith(".job.json")).filter(p -> {
                try {
                    return Files.readString(p).contains("\"worksite\"");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worksites")
    void everyTjWorksiteReportBuildsWithoutWarnings(Path file) throws Exception {
        Inspection inspection = inspect(file);
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        for (String lang : List.of("ru", "en")) {
            String html = new InspectionReport(Messages.of(lang)).html(inspection);
            assertThat(html.contains("<script") || html.contains("<link") || html.contains("src=\"http"))
                    .as("self-contained: no scripts, stylesheets or images from elsewhere").isFalse();
            assertThat(html.substring(html.indexOf("<body")).contains("{")).as("an unfilled {placeholder}").isFalse();
            parseStrictly(html);
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            PdfReport.Rendered pdf;
            try {
                pdf = PdfReport.render(html);
            } finally {
                System.setErr(err);
            }
            assertThat(pdf.warnings()).as(lang).isEmpty();
            assertThat(log.toString(StandardCharsets.UTF_8)).as("log output while printing").isEmpty();
            try (PDDocument doc = Loader.loadPDF(pdf.pdf())) {
                assertThat(doc.getPage(0).getMediaBox().getWidth()).as("A4 width in points").isBetween(594f, 596f);
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains(lang.equals("ru") ? "стр. 1 из" : "page 1 of");
            }
        }
    }

    /** Well-formed XML with DTDs off, as the PDF printer needs it. */
    private static void parseStrictly(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void referralsAreTheChildrenUnderTheMinimumAgeOrInHazardousWorkOneRowEach() throws IOException {
        String csv = Referrals.csv(Referrals.of(kiln, Messages.of("ru")));
        CsvMapper mapper = CsvMapper.builder().build();
        List<java.util.Map<String, String>> rows;
        try (MappingIterator<java.util.Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            rows = it.readAll();
        }
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("worksiteId,worksiteName,inspectionDate,country,"
                + "workerId,initials,age,sex,jobTitle,reasons,certainty,provisionIds,provisions,verdict");
        assertThat(rows).extracting(r -> r.get("workerId")).containsExactly("BK-01", "BK-02", "BK-04", "BK-05", "BK-06");
        var first = rows.get(0);
        assertThat(first).containsEntry("initials", "К.С.Д.").containsEntry("age", "12").containsEntry("sex", "male")
                .containsEntry("reasons", "minimum-age").containsEntry("certainty", "confirmed")
                .containsEntry("provisionIds", "TJ-LC2016/21.3").containsEntry("inspectionDate", "2026-05-14");
        assertThat(rows.get(4)).as("a suspected hazard is referred, marked to confirm")
                .containsEntry("reasons", "hazardous-work").containsEntry("certainty", "suspected");
        assertThat(csv).as("the full name stays in the signed act, not in the CSV").doesNotContain("Каримов");
    }

    @Test
    void anUnreadableJobStillHasItsRowAndItsErrorsInTheReport() throws Exception {
        String site = """
                {"worksite": {"id": "W-1", "name": "Бозори Корвон", "country": "TJ", "inspectionDate": "2026-05-12",
                              "inspectors": ["Рахимов А. К."]},
                 "jobs": [
                   {"id": "A", "worker": {"name": "Саидов Алишер", "age": 13, "sex": "male", "inEducation": false},
                    "job": {"title": "грузчик"},
                    "schedule": {"hoursPerDay": 4, "hoursPerWeek": 20, "start": "08:00", "end": "12:00"}},
                   {"id": "B", "worker": {"name": "Б. Б.", "birthDate": "2011-13-40"}, "colour": "red"}
                 ]}""";
        Inspection inspection = ASSESSOR.inspect("inline", new ByteArrayInputStream(site.getBytes(StandardCharsets.UTF_8)));
        assertThat(inspection.workers()).hasSize(2);
        String html = new InspectionReport(Messages.of("ru")).html(inspection);
        parseStrictly(html);
        assertThat(html).contains("Саидов Алишер", "НЕВЕРНЫЕ ДАННЫЕ", "worker.birthDate", "Бозори Корвон",
                "не оценены (неверные данные): 1");
        assertThat(PdfReport.render(html).warnings()).isEmpty();
        assertThat(Referrals.of(inspection, Messages.of("ru"))).extracting(Referrals.Row::workerId).containsExactly("A");
    }

    @Test
    void theActListsWhatToSettleAndTheNoteOfAListKnownInPartInBothLanguages() throws Exception {
        Inspection load = inspect(Path.of("fixtures/TJ/tj-load-boy-16-10kg-no-frequency.job.json"));
        Inspection outside = inspect(Path.of("fixtures/KZ/kz-known-scope-outside-office-library-bookshop-helpdesk.job.json"));
        for (String lang : List.of("en", "ru")) {
            Messages m = Messages.of(lang);
            String act = new InspectionReport(m).html(load);
            var result = load.workers().get(0).result();
            assertThat(result.toSettle()).isNotEmpty();
            assertThat(act).contains(InspectionReport.esc(m.get("report.for-review")));
            result.toSettle().forEach(t -> assertThat(act).contains(InspectionReport.esc(m.settle(t))));

            String kz = new InspectionReport(m).html(outside);
            assertThat(outside.workers()).hasSize(4).allSatisfy(w -> assertThat(w.result().warnings())
                    .anySatisfy(n -> assertThat(n.code()).isEqualTo("list-outside-known-scope")));
            outside.workers().forEach(w -> w.result().warnings().stream()
                    .filter(n -> n.code().equals("list-outside-known-scope"))
                    .forEach(n -> assertThat(kz).contains(InspectionReport.esc(m.notice(n)))));
        }
    }

    @Test
    void theEmbeddedFontCoversTheCyrillicLettersOfAllFourCountries() throws Exception {
        // Kazakh, Kyrgyz, Tajik and Uzbek letters beyond Russian, in worker names and the worksite
        String names = "Әсел Қайратқызы Ғабитова|Нұрлан Өмірұлы Үсенов|Һәкім Іскаков|Ңң Үүлөөң Жаңыл|"
                + "Ҷамшед Ҳасанов|Ғафуров Ӯктам Қурбонович|Мирзоӣ Ӣ|Ўктам Ўғлонов";
        StringBuilder jobs = new StringBuilder();
        int i = 0;
        for (String n : names.split("\\|")) {
            jobs.append(i == 0 ? "" : ",").append("{\"id\": \"W").append(++i).append("\", \"worker\": {\"name\": \"")
                    .append(n).append("\", \"age\": 19}}");
        }
        String site = "{\"worksite\": {\"name\": \"Базар Ғазалӣ\", \"country\": \"TJ\", \"assessedOn\": \"2026-05-12\"},"
                + " \"jobs\": [" + jobs + "]}";
        Inspection inspection = ASSESSOR.inspect("inline", new ByteArrayInputStream(site.getBytes(StandardCharsets.UTF_8)));
        PdfReport.Rendered pdf = PdfReport.render(new InspectionReport(Messages.of("ru")).html(inspection));
        assertThat(pdf.warnings()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.pdf())) {
            String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
            for (String n : names.split("\\|")) {
                assertThat(text).contains(n);
            }
            var fonts = new java.util.TreeSet<String>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts).as("only the shipped fonts, embedded as subsets").containsOnly("DejaVuSans", "DejaVuSans-Bold");
        }
    }

    @Test
    void initialsComeFromEachPartOfTheName() {
        assertThat(Referrals.initials("Каримов Сухроб Давлатович")).isEqualTo("К.С.Д.");
        assertThat(Referrals.initials("А. Рахимов")).isEqualTo("А.Р.");
        assertThat(Referrals.initials(" ")).isNull();
    }

    @Test
    void thePageCounterIsBuiltFromTheBundle() {
        assertThat(InspectionReport.pageCounter("стр. {page} из {pages}"))
                .isEqualTo("\"стр. \" counter(page) \" из \" counter(pages)");
        assertThat(InspectionReport.pageCounter("{page}/{pages}")).isEqualTo("counter(page) \"/\" counter(pages)");
    }

    @Test
    void theEnglishAndRussianBundlesHaveTheSameKeys() throws IOException {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties ru = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/messages.properties");
             var b = getClass().getResourceAsStream("/messages_ru.properties")) {
            en.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
            ru.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertThat(ru.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void textIsEscaped() {
        assertThat(InspectionReport.esc("<b>&\"'")).isEqualTo("&lt;b&gt;&amp;&quot;&#39;");
        assertThat(InspectionReport.esc("ч. 3 ст. 21, № 1329, Art. 21(3), s. 174, the list"))
                .isEqualTo("ч.\u00A03 ст.\u00A021, №\u00A01329, Art.\u00A021(3), s.\u00A0174, the list");
    }
}
