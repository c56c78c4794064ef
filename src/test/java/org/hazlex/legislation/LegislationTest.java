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
    void kyrgyzLawFrom2025IsTheVerified2025CodeWithOnlyItsListAndLoadNormsMissing() {
        CountryLaw kg = book.country("KG").orElseThrow();
        LawSnapshot now = kg.on(LocalDate.of(2026, 5, 12));
        assertThat(now.values()).isNotEmpty().allSatisfy(v -> assertThat(v.getVerification()).isEqualTo(Verification.VERIFIED));
        assertThat(now.bans()).isNotEmpty().allSatisfy(b -> assertThat(b.getVerification()).isEqualTo(Verification.VERIFIED));
        assertThat(now.values()).extracting(v -> v.getProvision().instrument().id()).containsOnly("KG-LC2025");
        assertThat(now.gaps()).filteredOn(g -> !g.getTopic().equals("not-assessed"))
                .extracting(LawGap::getId).containsExactlyInAnyOrder("KG-gap/list-2025", "KG-gap/loads-2025");
        assertThat(kg.gaps()).extracting(LawGap::getId).doesNotContain("KG-gap/lc2025");
        // before the 2025 Code was published, the 2004 Code (known from secondary sources) stays as it was
        assertThat(kg.on(LocalDate.of(2025, 1, 27)).values())
                .allSatisfy(v -> assertThat(v.getVerification()).isEqualTo(Verification.UNVERIFIED));
        assertThat(kg.on(LocalDate.of(2025, 2, 7)).gaps()).extracting(LawGap::getTopic).contains("all");
        assertThat(kg.on(LocalDate.of(2025, 2, 8)).gaps()).extracting(LawGap::getTopic).doesNotContain("all");
    }

    @Test
    void uzbekLawBefore2023IsThe1995CodeReadInFull() {
        LawSnapshot uz = book.country("UZ").orElseThrow().on(LocalDate.of(2020, 1, 1));
        assertThat(uz.values()).isNotEmpty().allSatisfy(v -> {
            assertThat(v.getVerification()).isEqualTo(Verification.VERIFIED);
            assertThat(v.getProvision().instrument().id()).isEqualTo("UZ-LC1995");
        });
        assertThat(uz.bans()).extracting(LawBan::getActivity).contains("night-work", "overtime", "rest-day-work");
        assertThat(uz.windows()).isNotEmpty();
    }

    @Test
    void everyKazakhValueFrom2016IsVerifiedAndTheOrderIsCitedOnce() {
        CountryLaw kz = book.country("KZ").orElseThrow();
        assertThat(kz.on(LocalDate.of(2026, 5, 12)).values())
                .allSatisfy(v -> assertThat(v.getVerification()).isEqualTo(Verification.VERIFIED));
        Provision list = kz.provisions().get("KZ-MHSD944/list");
        assertThat(list.article() + ", " + list.instrument().citation()).containsOnlyOnce("Annex 1");
        assertThat(list.article("ru") + ", " + list.instrument().citation("ru")).containsOnlyOnce("приложение 1");
    }

    @Test
    void everyVerifiedProvisionQuotesItsOperativeWordsAndNoUnverifiedOneDoes() {
        for (String cc : book.countries()) {
            for (Provision p : book.country(cc).orElseThrow().provisions().values()) {
                if (p.verification() == Verification.VERIFIED) {
                    assertThat(p.wording()).as(p.id()).isNotNull();
                    assertThat(p.wording().has("en")).as(p.id()).isTrue();
                    assertThat(p.wording().has("ru") || p.wording().has("uz")).as(p.id() + " quotes the text read").isTrue();
                } else {
                    assertThat(p.wording()).as(p.id() + " was not read, so it has no wording").isNull();
                }
            }
        }
        Provision uz = book.country("UZ").orElseThrow().provisions().get("UZ-LC2022/412.1");
        assertThat(uz.wordingTranslated()).containsExactly("ru");
        assertThat(uz.wording("uz")).startsWith("Oʻn sakkiz yoshgacha");
    }

    @Test
    void aSanctionMustNameWhatItSanctionsAndAFineIsAnAmountOrARange(@TempDir Path dir) throws Exception {
        Path kg = Files.createDirectories(dir.resolve("KG"));
        Files.writeString(kg.resolve("x.xml"), """
                <legislation xmlns="urn:hazlex:legislation:1" country="KG">
                  <instrument id="KG-X" kind="code" adopted="2021-10-28" validFrom="2021-12-01">
                    <title lang="en">X</title><citation>X</citation><source url="https://example.org" kind="official"/>
                  </instrument>
                  <provision id="KG-X/1" instrument="KG-X" article="Art. 1" verification="verified"><summary>s</summary></provision>
                  <sanction id="KG-X/1" provision="KG-X/1">
                    <target/>
                    <target kind="night-work" provision="KG-X/9"/>
                    <fine liable="legal-person" amount="10" from="1" to="2" unit="calculation-index"/>
                  </sanction>
                </legislation>""");
        assertThatThrownBy(() -> new LegislationLoader().load(dir)).isInstanceOf(LegislationException.class)
                .hasMessageContaining("a target naming neither a finding kind nor a provision")
                .hasMessageContaining("targets provision KG-X/9, which does not exist")
                .hasMessageContaining("a fine is an amount, or a range");
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

    /** A synthetic country XT with one Code and a list, for the matching model's loader checks. */
    private static String listCountry(String sections, String scope) {
        return """
                <legislation xmlns="urn:hazlex:legislation:1" country="XT">
                  <instrument id="XT-LC" kind="code" adopted="2020-01-01" validFrom="2020-01-01">
                    <title lang="en">X</title><citation>X</citation><source url="https://example.org" kind="official"/>
                  </instrument>
                  <provision id="XT-LC/6" instrument="XT-LC" article="Art. 6" verification="verified"><summary>s</summary></provision>
                  <list id="XT-L" provision="XT-LC/6">
                    <title lang="en">List</title>
                %s
                  </list>
                  <gap id="XT-gap/list" topic="hazardous-work" validFrom="2020-01-01"><description>d</description></gap>
                %s
                </legislation>""".formatted(sections, scope);
    }

    @Test
    void theMatchingReadingOfAListIsCheckedWhenItLoads(@TempDir Path dir) throws Exception {
        Path xt = Files.createDirectories(dir.resolve("XT"));
        Files.writeString(xt.resolve("x.xml"), listCountry("""
                    <section id="XT-L/A" number="A">
                      <title lang="en">No scope</title>
                      <entry id="XT-L/A.1"><label lang="ru" printed="Пекарь">Пекарь</label><gloss lang="en">g</gloss>
                        <hazard>extreme-heat</hazard></entry>
                      <entry id="XT-L/A.2"><label lang="ru" printed="Пкарь">Пекарь</label><gloss lang="en">g</gloss>
                        <hazard>extreme-heat</hazard></entry>
                    </section>
                    <section id="XT-L/B" number="B" isic4="*">
                      <title lang="en">Every branch</title>
                      <entry id="XT-L/B.1" extent="production"><label lang="ru">Производство</label><gloss lang="en">g</gloss>
                        <hazard>noise</hazard></entry>
                      <entry id="XT-L/B.2"><label lang="ru">Рабочий</label><gloss lang="en">g</gloss>
                        <hazard>noise</hazard><isic4>9999</isic4></entry>
                    </section>""", """
                  <listScope id="XT-L/scope" provision="XT-LC/6" list="XT-L" gap="XT-gap/none">
                    <description>d</description>
                    <sector isic4="0510 0000" basis="heading" verification="verified" provision="XT-LC/6"><title lang="en">t</title></sector>
                    <occupation isco08="9999" basis="secondary" verification="unverified" source="https://example.org"><title lang="en">t</title></occupation>
                    <hazard tags="heat" basis="general-ban" verification="verified" provision="XT-LC/6"/>
                    <reference list="XT-L" basis="heading" verification="verified" provision="XT-LC/6"/>
                    <reference list="TJ-169" basis="regional-reference" verification="verified" source="https://example.org"/>
                  </listScope>"""));
        assertThatThrownBy(() -> new LegislationLoader().load(dir)).isInstanceOf(LegislationException.class)
                .hasMessageContaining("section XT-L/A has no industry scope")
                .hasMessageContaining("XT-L/A.1: the printed wording equals the label")
                .hasMessageContaining("XT-L/A.2: a label that gives the printed wording says why it was corrected")
                .hasMessageContaining("an entry of extent production needs a scope narrower than every branch")
                .hasMessageContaining("9999 is not an ISIC Rev.4 code")
                .hasMessageContaining("bounds gap XT-gap/none, which does not exist")
                .hasMessageContaining("0000 is not an ISIC Rev.4 code")
                .hasMessageContaining("occupation 9999 is not an ISCO-08 code")
                .hasMessageContaining("\"heat\", which is not in the vocabulary")
                .hasMessageContaining("a reference bound must have basis regional-reference")
                .hasMessageContaining("reference XT-L must name another country's list")
                .hasMessageContaining("a bound of basis regional-reference is an inference and cannot be verified");
    }

    @Test
    void aKnownScopeReferringToAListNoCountryHoldsIsRefused(@TempDir Path dir) throws Exception {
        Path xt = Files.createDirectories(dir.resolve("XT"));
        Files.writeString(xt.resolve("x.xml"), listCountry("""
                    <section id="XT-L/A" number="A" isic4="1071">
                      <title lang="en">Bread</title>
                    </section>""", """
                  <listScope id="XT-L/scope" provision="XT-LC/6" list="XT-L" gap="XT-gap/list">
                    <description>d</description>
                    <reference list="XX-1" basis="regional-reference" verification="unverified" source="https://example.org"/>
                  </listScope>"""));
        assertThatThrownBy(() -> new LegislationLoader().load(dir).loadAll()).isInstanceOf(LegislationException.class)
                .hasMessageContaining("listScope XT-L/scope refers to list XX-1, which no country's legislation holds");
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
