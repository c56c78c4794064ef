package org.hazlex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazlex.findings.Certainty;
import org.hazlex.findings.Finding;
import org.hazlex.legislation.ClauseTag;
import org.hazlex.legislation.CountryLaw;
import org.hazlex.legislation.LawBook;
import org.hazlex.legislation.LegislationLoader;
import org.hazlex.legislation.Provision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Findings say what the article says: a message that restates an article quotes the provision's own encoded wording,
 * and says nothing of its own about what the article bans. Checked for every general ban (hazardClause) of every
 * country, every tag it reaches, in English and Russian; and for every message that quotes a wording.
 */
class MessagesQuoteTheLawTest {
    /** Words naming what a general ban may reach: a message may use them only inside the article's quoted wording. */
    private static final Map<String, Pattern> BAN_WORDS = Map.of(
            "en", Pattern.compile("(?i)\\b(heavy|underground|harmful|dangerous|hazardous|gambling|night|entertainment"
                    + "|cabaret|club|alcohol|tobacco|narcotic|psychotropic|toxic|moral|health|unfavourable)"),
            "ru", Pattern.compile("(?iu)(тяж[её]л|подзем|вредн|опасн|игорн|ночн|развлекат|кабаре|клуб|алкогол|спиртн|табач"
                    + "|наркот|психотроп|токсич|нравств|здоров|неблагоприятн)"));

    private static LawBook book;

    @BeforeAll
    static void load() {
        book = new LegislationLoader().load(Path.of("legislation"));
    }

    /** Every general ban of every country, once per provision and tag. */
    private static List<ClauseTag> generalBans() {
        List<ClauseTag> all = new ArrayList<>();
        for (String cc : book.countries()) {
            CountryLaw law = book.country(cc).orElseThrow();
            all.addAll(law.clauseTags());
        }
        return all;
    }

    private static Finding generalBan(ClauseTag c) {
        return new Finding("hazardous-work", Certainty.of(c.getCertainty()),
                "hazardous-work: a hazard the statute's general ban on hazardous work for minors may reach", c.getProvision(),
                c.getVerification(), null, null, null, null, "hazardous-work.general-ban", Map.of("tag", c.getTag()));
    }

    @Test
    void everyGeneralBansMessageQuotesItsArticleAndAttributesNoWordOfItsOwnToIt() {
        List<ClauseTag> bans = generalBans();
        assertThat(bans).extracting(c -> c.getProvision().id())
                .contains("KZ-LC2015/26.1.2", "KG-LC2025/139.1", "KG-CC2012/15.3", "TJ-LC2016/208.1", "UZ-LC2022/412.1",
                        "UZ-LC1995/241", "KZ-LC2007/179");
        for (ClauseTag c : bans) {
            for (String lang : List.of("en", "ru")) {
                Messages m = Messages.of(lang);
                Provision p = c.getProvision();
                String message = m.finding(generalBan(c));
                String rest = message;
                String wording = p.wording(lang);
                if (wording != null) {
                    assertThat(message).as(p.id() + " " + lang).contains(wording);
                    rest = rest.replace(wording, "");
                } else {
                    assertThat(p.verification().code()).as(p.id() + " has no wording, so it was not read").isEqualTo("unverified");
                    rest = rest.replace(p.article(lang), "");
                }
                String tag = m.has("hazard." + c.getTag()) ? m.get("hazard." + c.getTag()) : c.getTag();
                rest = rest.replace(tag, "");
                Matcher w = BAN_WORDS.get(lang).matcher(rest);
                assertThat(w.find()).as("%s (%s): \"%s\" attributes a word the wording lacks: %s", p.id(), lang, message,
                        w.find(0) ? w.group() : "").isFalse();
            }
        }
    }

    @Test
    void theKazakhGeneralBanIsQuotedAsTheArticleReadsWithoutUndergroundWork() {
        ClauseTag kz = generalBans().stream().filter(c -> c.getProvision().id().equals("KZ-LC2015/26.1.2")
                && c.getTag().equals("noise")).findFirst().orElseThrow();
        String en = Messages.of("en").finding(generalBan(kz));
        String ru = Messages.of("ru").finding(generalBan(kz));

        assertThat(en).contains("gambling business", "night entertainment establishments", "alcohol products", "tobacco products",
                "narcotic drugs").doesNotContainIgnoringCase("underground work");
        assertThat(ru).contains("игорный бизнес", "ночных развлекательных заведениях", "наркотическими средствами")
                .doesNotContain("подзем");
    }

    @Test
    void theKyrgyzGeneralBanNamesUndergroundWorkBecauseArticle139Does() {
        ClauseTag kg = generalBans().stream().filter(c -> c.getProvision().id().equals("KG-LC2025/139.1")
                && c.getTag().equals("noise")).findFirst().orElseThrow();

        assertThat(Messages.of("ru").finding(generalBan(kg))).contains("на подземных работах");
        assertThat(Messages.of("en").finding(generalBan(kg))).contains("in underground work").doesNotContain("heavy");
    }

    @Test
    void everyMessageThatQuotesAWordingHasAVariantForAnArticleThatWasNotRead() {
        for (String lang : List.of("en", "ru")) {
            Messages m = Messages.of(lang);
            for (var e : m.all().entrySet()) {
                if (e.getValue().contains("{wording}")) {
                    assertThat(m.has(e.getKey() + ".unread")).as(lang + " " + e.getKey()).isTrue();
                    assertThat(m.get(e.getKey() + ".unread")).as(lang + " " + e.getKey() + ".unread").doesNotContain("{wording}");
                }
            }
        }
    }

    @Test
    void theBundleHasNoSharedParaphraseOfAGeneralBan() {
        for (String lang : List.of("en", "ru")) {
            String template = Messages.of(lang).get("hazardous-work.general-ban").toLowerCase(Locale.ROOT);
            assertThat(BAN_WORDS.get(lang).matcher(template.replace("{wording}", "")).find()).as(lang).isFalse();
        }
    }
}
