package org.hazlex.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazlex.engine.RuleEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema, cross-references, citations and time coverage of the encoded law. */
class LegislationTest {
    private static LawBook book;

    @BeforeAll
    static void load() {
        book = new LegislationLoader().load(Path.of("legislation"));
    }

    @Test
    void theShippedLegislationValidatesAndLoads() {
        assertThat(book.countries()).containsExactlyInAnyOrder("KG", "KZ", "TJ", "UZ");
        assertThat(new LegislationLoader().loadPackaged().countries()).isEqualTo(book.countries());
    }

    @Test
    void everyEncodedValueHasAnActArticleValidityASourceAndAVerificationState() {
        for (String cc : book.countries()) {
            CountryLaw law = book.country(cc).orElseThrow();
            List<Cited> all = new ArrayList<>();
            all.addAll(law.values());
            all.addAll(law.windows());
            all.addAll(law.bans());
            all.addAll(law.permissions());
            all.addAll(law.clauseTags());
            law.lists().forEach(l -> {
                all.add(l);
                all.addAll(l.entries().values());
            });
            for (Cited c : all) {
                Provision p = c.getProvision();
                assertThat(p.instrument().citation()).isNotBlank();
                assertThat(p.article()).isNotBlank();
                assertThat(p.source()).startsWith("http");
                assertThat(c.getVerification()).isNotNull();
                assertThat(c.getPeriod().from()).isNotNull();
            }
        }
    }

    @Test
    void everyQuantityHasExactlyOneValueInForceAtEveryDateFromItsFirstToNow() {
        for (String cc : book.countries()) {
            CountryLaw law = book.country(cc).orElseThrow();
            Map<String, List<LawValue>> byKey = new HashMap<>();
            law.values().forEach(v -> byKey.computeIfAbsent(v.conditionKey(), k -> new ArrayList<>()).add(v));
            List<LocalDate> sweep = new ArrayList<>(law.boundaries());
            for (LocalDate d = LocalDate.of(1990, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(17)) {
                sweep.add(d);
            }
            for (var e : byKey.entrySet()) {
                LocalDate first = e.getValue().stream().map(v -> v.getPeriod().from()).min(LocalDate::compareTo).orElseThrow();
                boolean open = e.getValue().stream().anyMatch(v -> v.getPeriod().to() == null);
                LocalDate last = e.getValue().stream().map(v -> v.getPeriod().to()).filter(t -> t != null)
                        .max(LocalDate::compareTo).orElse(first);
                for (LocalDate d : sweep) {
                    if (d.isBefore(first) || (!open && d.isAfter(last))) {
                        continue;
                    }
                    long inForce = e.getValue().stream().filter(v -> v.getPeriod().contains(d)).count();
                    boolean gap = law.gaps().stream().anyMatch(g -> g.getPeriod().contains(d));
                    assertThat(inForce).as(cc + " " + e.getKey() + " on " + d).isLessThanOrEqualTo(1);
                    if (inForce == 0) {
                        assertThat(gap).as(cc + " " + e.getKey() + " has no value on " + d + " and no gap says why").isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyProvisionARuleNamesExistsInTheLegislation() {
        RuleEngine engine = new RuleEngine(book);
        for (String cc : engine.countries()) {
            for (var rule : engine.rules(cc).entrySet()) {
                Object ids = rule.getValue().get("provision");
                if (ids == null) {
                    continue;
                }
                for (String id : ids.toString().split("\\s+")) {
                    assertThat(book.country(cc).orElseThrow().provisions()).as(rule.getKey()).containsKey(id);
                }
            }
        }
    }

    @Test
    void theTajikListHasAll31SectionsEncodedInFull() {
        HazardList list = book.country("TJ").orElseThrow().on(LocalDate.of(2026, 5, 12)).list().orElseThrow();
        assertThat(list.sections()).hasSize(31);
        assertThat(list.sections()).allSatisfy(s -> {
            assertThat(s.titles()).containsKeys("ru", "en");
            assertThat(s.complete()).as("section " + s.number() + " is encoded in full").isTrue();
        });
        assertThat(list.complete()).isTrue();
        assertThat(list.entries()).hasSize(1521);
        assertThat(list.entries().get("TJ-169/XXV.9").getLabel()).isEqualTo("Рабочие, занятые поливом хлопка ручным способом");
        assertThat(list.entries().get("TJ-169/XXI.3/3").getLabel()).startsWith("Пекарь");
        assertThat(list.entries().values()).allSatisfy(e -> {
            assertThat(e.getLabel()).isNotBlank();
            assertThat(e.getGloss()).isNotBlank();
        });
        // The one line without a hazard is a heading printed where an entry stands (see its note).
        assertThat(list.entries().values().stream().filter(e -> e.getHazards().isEmpty()).map(ListEntry::getId))
                .containsExactly("TJ-169/XXVII.0/1");
    }

    @Test
    void aListSeenOnlyInPartIsNeverComplete() {
        HazardList kz = book.country("KZ").orElseThrow().on(LocalDate.of(2026, 5, 12)).list().orElseThrow();
        assertThat(kz.entries()).hasSize(5);
        assertThat(kz.officialEntries()).isNull();
        assertThat(kz.complete()).isFalse();
        assertThat(book.country("KZ").orElseThrow().gaps()).extracting(LawGap::getId).contains("KZ-gap/order-944-list");
    }

    @Test
    void kyrgyzLawIsEncodedOnlyAsUnverifiedAndTheCode2025AsAGap() {
        CountryLaw kg = book.country("KG").orElseThrow();
        assertThat(kg.values()).allSatisfy(v -> assertThat(v.getVerification()).isEqualTo(Verification.UNVERIFIED));
        assertThat(kg.on(LocalDate.of(2026, 5, 12)).gaps()).extracting(LawGap::getTopic).contains("all");
    }

    @Test
    void aLazyLawBookLoadsOnlyTheCountryAskedForAndNamesTheFileOfABrokenOne(@TempDir Path dir) throws Exception {
        Path kz = Files.createDirectories(dir.resolve("KZ"));
        Files.writeString(kz.resolve("x.xml"), """
                <legislation xmlns="urn:hazlex:legislation:1" country="KZ">
                  <surprise/></legislation>""");
        Path tj = Files.createDirectories(dir.resolve("TJ"));
        try (var s = Files.list(Path.of("legislation", "TJ"))) {
            for (Path f : s.toList()) {
                Files.copy(f, tj.resolve(f.getFileName()));
            }
        }
        LawBook lazy = new LegislationLoader().loadLazily(dir);
        assertThat(lazy.countries()).containsExactly("KZ", "TJ");
        assertThat(lazy.country("TJ").orElseThrow().provisions().keySet())
                .isEqualTo(book.country("TJ").orElseThrow().provisions().keySet());
        assertThat(lazy.country("UZ")).isEmpty();
        assertThatThrownBy(() -> lazy.country("KZ")).isInstanceOf(LegislationException.class)
                .hasMessageContaining("KZ/x.xml:2").hasMessageContaining("surprise");
        assertThatThrownBy(lazy::loadAll).isInstanceOf(LegislationException.class).hasMessageContaining("KZ/x.xml:2");
        assertThatThrownBy(() -> new LegislationLoader().load(dir)).isInstanceOf(LegislationException.class)
                .hasMessageContaining("KZ/x.xml:2");
    }

    @Test
    void anUnknownElementIsRefused(@TempDir Path dir) throws Exception {
        Path tj = Files.createDirectories(dir.resolve("TJ"));
        Files.writeString(tj.resolve("x.xml"), """
                <legislation xmlns="urn:hazlex:legislation:1" country="TJ"><surprise/></legislation>""");
        assertThatThrownBy(() -> new LegislationLoader().load(dir)).isInstanceOf(LegislationException.class)
                .hasMessageContaining("TJ/x.xml").hasMessageContaining("surprise");
    }

    @Test
    void everyCitationArticleAndGapIsAlsoInRussianForRussianReports() {
        for (String cc : book.countries()) {
            CountryLaw law = book.country(cc).orElseThrow();
            law.instruments().values().forEach(i -> assertThat(i.citations().has("ru")).as(i.id()).isTrue());
            law.provisions().values().forEach(p -> assertThat(p.articles().has("ru")).as(p.id()).isTrue());
            law.gaps().forEach(g -> assertThat(g.getDescriptions().has("ru")).as(g.getId()).isTrue());
        }
        CountryLaw tj = book.country("TJ").orElseThrow();
        assertThat(tj.provisions().get("TJ-LC2016/74.2").article("ru")).isEqualTo("ч. 2 ст. 74");
        assertThat(tj.provisions().get("TJ-LC2016/74.2").article("en")).isEqualTo("Art. 74(2)");
        assertThat(tj.instruments().get("TJ-LC2016").citation("ru"))
                .isEqualTo("Трудовой кодекс Республики Таджикистан от 23 июля 2016 года № 1329");
    }

    @Test
    void aTextWithoutEnglishOrGivenTwiceInALanguageIsRefused(@TempDir Path dir) throws Exception {
        Path tj = Files.createDirectories(dir.resolve("TJ"));
        Files.writeString(tj.resolve("x.xml"), """
                <legislation xmlns="urn:hazlex:legislation:1" country="TJ">
                  <gap id="TJ-gap/a" topic="all"><description lang="ru">только по-русски</description></gap>
                  <gap id="TJ-gap/b" topic="all"><description>one</description><description>two</description></gap>
                </legislation>""");
        assertThatThrownBy(() -> new LegislationLoader().load(dir)).isInstanceOf(LegislationException.class)
                .hasMessageContaining("gap TJ-gap/a description has no English text")
                .hasMessageContaining("gap TJ-gap/b description is given twice in en");
    }

    @Test
    void aValueCitingAMissingProvisionIsRefused(@TempDir Path dir) throws Exception {
        Path tj = Files.createDirectories(dir.resolve("TJ"));
        Files.writeString(tj.resolve("x.xml"), """
                <legislation xmlns="urn:hazlex:legislation:1" country="TJ">
                  <value quantity="hours.weekly" value="24" unit="h" provision="TJ-NOPE/1"/>
                </legislation>""");
        assertThatThrownBy(() -> new LegislationLoader().load(dir)).isInstanceOf(LegislationException.class)
                .hasMessageContaining("TJ-NOPE/1");
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE legislation [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <legislation xmlns="urn:hazlex:legislation:1" country="TJ">&x;</legislation>""";
        List<String> problems = new ArrayList<>();
        Object doc = new LegislationLoader().parse("evil.xml", new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), problems);
        assertThat(doc).isNull();
        assertThat(problems).isNotEmpty();
        assertThat(String.join(" ", problems)).doesNotContain("root:");
    }
}
