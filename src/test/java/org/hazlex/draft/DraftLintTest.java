package org.hazlex.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hazlex.assess.Assessor;
import org.hazlex.domain.HazardTags;
import org.hazlex.intake.Submission;
import org.hazlex.legislation.Codes;
import org.hazlex.legislation.CountryLaw;
import org.hazlex.legislation.LawBook;
import org.hazlex.legislation.LegislationException;
import org.hazlex.legislation.LegislationLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint on the demo draft and on broken drafts; the code lists; the demo corpus; drafts never pass as law. */
class DraftLintTest {
    static final Path DEMO = Path.of("fixtures/drafts/tj-demo-draft.xml");
    static final LocalDate ON = LocalDate.of(2026, 5, 12);
    static LegislationLoader loader;
    static LawBook book;
    static CountryLaw tj;
    static String demo;

    @BeforeAll
    static void load() throws Exception {
        loader = new LegislationLoader();
        book = loader.loadPackaged();
        tj = book.country("TJ").orElseThrow();
        demo = Files.readString(DEMO, StandardCharsets.UTF_8);
    }

    static DraftLint.Report lint(String xml) {
        return DraftLint.lint("draft.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), loader, tj, ON);
    }

    static List<String> codes(DraftLint.Report r, DraftLint.Severity s) {
        return r.issues().stream().filter(i -> i.severity() == s).map(i -> i.code() + " " + i.entry()).toList();
    }

    @Test
    void theDemoDraftHasNoErrorAndItsTwoWeakeningsAreReportedWithBothVersions() {
        DraftLint.Report r = lint(demo);
        assertThat(r.count(DraftLint.Severity.error)).isZero();
        assertThat(r.issues().stream().filter(DraftLint.Issue::lessProtective))
                .extracting(i -> i.code() + " " + i.entry() + " " + i.before() + " -> " + i.after())
                .containsExactly("removed TJ-169/XXV.5 Консервировщик пантов -> null", "age-lowered TJ-169/XXV.8 18 -> 16");
        assertThat(r.coverage()).contains(new DraftLint.Coverage("a", 0, 1), new DraftLint.Coverage("e", 2, 5));
        assertThat(r.entriesBefore()).isEqualTo(1521);
        assertThat(r.entriesAfter()).isEqualTo(1526);
    }

    @Test
    void newEntriesNeedATagACategoryKnownCodesAndNoTwin() {
        String bad = demo.replace(">9122</isco08>", ">9999</isco08>")
                .replace("<isic4>4520</isic4>", "<isic4>4599</isic4>")
                .replace("Мойка автомобилей и других транспортных средств на автомойках",
                        "Перевозка грузов на ручных тележках (арбакеш) на рынках, базарах и автостанциях")
                .replaceFirst("(<entry id=\"TJ-169/XXXII.2\">[\\s\\S]*?)<hazard>domestic-work</hazard>\\s*<hazard>long-hours</hazard>\\s*<r190>e</r190>", "$1");
        DraftLint.Report r = lint(bad.replace("<isic4>4599</isic4>", "<isic4>4520</isic4>"));
        assertThat(codes(r, DraftLint.Severity.error)).containsExactlyInAnyOrder(
                "duplicate TJ-169/XXXIII.2", "no-hazard TJ-169/XXXII.2", "no-r190 TJ-169/XXXII.2",
                "unknown-isco TJ-169/XXXIII.2");
        // an ISIC code outside the code list is refused with the data, as in the law in force (the entry's scope)
        DraftLint.Report s = lint(bad);
        assertThat(codes(s, DraftLint.Severity.error)).containsExactly("schema null");
        assertThat(s.issues().get(0).args().get("problem").toString()).contains("TJ-169/XXXIII.2").contains("4599");
    }

    @Test
    void aNewWordingContainedInAnotherOfTheSameSectionIsAnOverlap() {
        DraftLint.Report r = lint(demo.replace("Переноска и погрузка мешков с хлопком-сырцом на хирманах и хлопкоприёмных пунктах",
                "Ручной сбор хлопка-сырца на поливных полях"));
        assertThat(r.issues()).filteredOn(i -> i.code().equals("overlap"))
                .extracting(i -> i.args().get("other") + " " + i.entry()).containsExactly("TJ-169/XXV.11 TJ-169/XXV.12");
    }

    @Test
    void aWeakerWordingFewerCodesAndADroppedTagAreLessProtective() {
        String weaker = demo.replace("<label lang=\"ru\">Рабочие, занятые уборкой, транспортировкой и первичной обработкой табака</label>",
                "<label lang=\"ru\">Рабочие, занятые уборкой табака</label>");
        DraftLint.Report r = lint(weaker);
        assertThat(r.issues()).filteredOn(i -> "TJ-169/XXV.10".equals(i.entry()))
                .extracting(DraftLint.Issue::code).containsExactly("wording-shortened");
        String fewer = demo.replaceFirst("(<entry id=\"TJ-169/XXV.2\">[\\s\\S]*?)<isco08>6121</isco08>", "$1")
                .replaceFirst("(<entry id=\"TJ-169/XXV.7\"[^>]*>[\\s\\S]*?)<hazard>confined-space</hazard>", "$1");
        assertThat(lint(fewer).issues()).filteredOn(DraftLint.Issue::lessProtective).extracting(i -> i.code() + " " + i.entry())
                .contains("isco-removed TJ-169/XXV.2", "hazard-removed TJ-169/XXV.7");
    }

    @Test
    void aDocumentThatIsNotADraftOrNotValidIsAnErrorWithItsLine() {
        DraftLint.Report r = lint(demo.replace(" status=\"draft\"", ""));
        assertThat(codes(r, DraftLint.Severity.error)).containsExactly("schema null");
        assertThat(r.issues().get(0).args().get("problem").toString()).contains("must say status=\"draft\"");
        DraftLint.Report s = lint(demo.replace("<hazard>street-work</hazard>", "<hazard>street-wrok</hazard>"));
        assertThat(s.issues()).extracting(i -> i.args().get("problem").toString())
                .anyMatch(p -> p.contains("street-wrok") && p.contains("not in the vocabulary"));
        DraftLint.Report x = lint(demo.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE legislation [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("Ручной сбор хлопка-сырца", "&x;"));
        assertThat(codes(x, DraftLint.Severity.error)).isNotEmpty().allMatch(c -> c.startsWith("schema"));
        assertThat(x.issues().toString()).doesNotContain("root:");
    }

    @Test
    void aDraftPutAmongTheLawInForceIsRefused(@TempDir Path dir) throws Exception {
        Path tjDir = Files.createDirectories(dir.resolve("TJ"));
        try (var s = Files.list(Path.of("legislation/TJ"))) {
            for (Path p : s.toList()) {
                Files.copy(p, tjDir.resolve(p.getFileName()));
            }
        }
        Files.copy(DEMO, tjDir.resolve("zz-draft.xml"));
        Files.createDirectories(dir.resolve("schema"));
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(LegislationException.class)
                .hasMessageContaining("TJ/zz-draft.xml: is a draft");
    }

    @Test
    void theCodeListsAreCompleteAndEveryCodeTheListUsesIsInThem() {
        Codes c = Codes.packaged();
        assertThat(c.isco("9122")).isTrue();
        assertThat(c.isco("9999")).isFalse();
        assertThat(c.iscoCode("0110").orElseThrow().level()).isEqualTo("4");
        assertThat(c.isicSection("4520").orElseThrow().code()).isEqualTo("G");
        assertThat(c.isicCode("2410").orElseThrow().title()).isEqualTo("Manufacture of basic iron and steel");
        tj.lists().forEach(l -> l.entries().values().forEach(e -> {
            e.getIsco08().keySet().forEach(code -> assertThat(c.isco(code)).as(e.getId() + " " + code).isTrue());
            e.getIsic4().forEach(code -> assertThat(c.isic(code)).as(e.getId() + " " + code).isTrue());
        }));
    }

    @Test
    void theDemoCorpusHasAtLeast300ValidTajikJobsOfMinorsMostly() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("fixtures/drafts/tj-corpus.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(300);
        Assessor a = new Assessor(book, Clock.systemDefaultZone());
        Set<String> ids = new HashSet<>();
        int minors = 0;
        for (String line : lines) {
            List<Submission> s = a.read("corpus", new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))).submissions();
            assertThat(s).hasSize(1);
            assertThat(s.get(0).valid()).as(line).isTrue();
            assertThat(s.get(0).warnings()).as(line).isEmpty();
            assertThat(ids.add(s.get(0).id())).isTrue();
            assertThat(s.get(0).country()).isEqualTo("TJ");
            assertThat(HazardTags.CORE).containsAll(s.get(0).job().job().hazards());
            if (s.get(0).job().ageOnAssessment() < 18) {
                minors++;
            }
        }
        assertThat(minors).isGreaterThan(lines.size() * 8 / 10);
    }

    @Test
    void theAdultAgeComesFromTheLawAndADateWithoutOneIsAnErrorNotAGuess() {
        assertThat(DraftLint.adultAge(tj, ON)).hasValue(
                (int) tj.on(ON).values().stream().filter(v -> v.getQuantity().equals("age.adult")).findFirst().orElseThrow().getValue());
        LocalDate beforeAnyLaw = LocalDate.of(1990, 1, 1);
        assertThat(DraftLint.adultAge(tj, beforeAnyLaw)).isEmpty();
        assertThatThrownBy(() -> DraftLint.requireAdultAge(tj, beforeAnyLaw)).hasMessageContaining("age.adult")
                .hasMessageContaining("TJ on 1990-01-01");
        DraftLint.Report r = DraftLint.lint("draft.xml", new ByteArrayInputStream(demo.getBytes(StandardCharsets.UTF_8)),
                loader, tj, beforeAnyLaw);
        assertThat(codes(r, DraftLint.Severity.error)).contains("no-adult-age null");
    }
}
