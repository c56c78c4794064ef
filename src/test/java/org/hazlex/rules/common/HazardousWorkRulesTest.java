package org.hazlex.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazlex.rules.common.RuleHarness.bornOn;
import static org.hazlex.rules.common.RuleHarness.check;
import static org.hazlex.rules.common.RuleHarness.checkHeadingsOnly;
import static org.hazlex.rules.common.RuleHarness.confirmed;
import static org.hazlex.rules.common.RuleHarness.entries;
import static org.hazlex.rules.common.RuleHarness.findings;
import static org.hazlex.rules.common.RuleHarness.minimalJob;
import static org.hazlex.rules.common.RuleHarness.reviewNotices;
import static org.hazlex.rules.common.RuleHarness.rule;
import static org.hazlex.rules.common.RuleHarness.suspected;
import static org.hazlex.rules.common.RuleHarness.work;

import org.hazlex.findings.Result;
import org.hazlex.findings.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** rules/common/hazardous-work.drl, judged with Tajik law: Labour Code 2016 Art. 208(1)-(2) and the list of Decree No. 169; before 2016, s. 177. */
class HazardousWorkRulesTest {

    private static final String LIST_ENTRY = rule("hazardous-work: work on an entry of the list of work banned under 18");
    private static final String GENERAL_BAN =
            rule("hazardous-work: a hazard the statute's general ban on hazardous work for minors may reach");
    private static final String UNKNOWN_ITEM = rule("hazardous-work: a named list item that is not among the encoded entries");
    private static final String SECTION_NOT_ENCODED =
            rule("hazardous-work: the job's sector falls, or may fall, under a list section whose entries are not encoded");

    private static final String OCCUPATION_MISSING =
            rule("hazardous-work: the job's sector has listed occupations but the job names no occupation or list item");
    private static final String ALSO_LISTED =
            rule("hazardous-work: an occupation or term of the job names an entry only outside the job's sector");
    private static final String SECTOR_MISSING = rule("hazardous-work: the list bans whole productions but the job's sector is not given");
    private static final String KNOWN_INSIDE = rule("hazardous-work: a list known only in part, the job inside its known scope");
    private static final String KNOWN_NO_SECTOR =
            rule("hazardous-work: a list known only in part, the job outside its known bounds but its sector not given");
    private static final String KNOWN_NO_OCCUPATION =
            rule("hazardous-work: a list known only in part, the job outside its known bounds but its occupation not given");
    private static final String KNOWN_OUTSIDE = rule("hazardous-work: a list known only in part, the job outside everything known of it");

    private static final String LIST = "TJ-D169/list";
    private static final String ART_208_1 = "TJ-LC2016/208.1";

    private static ObjectNode withListItem(String item) {
        ObjectNode job = minimalJob();
        work(job).putArray("listItems").add(item);
        return job;
    }

    private static ObjectNode withHazards(String... tags) {
        ObjectNode job = minimalJob();
        var array = work(job).putArray("hazards");
        for (String tag : tags) {
            array.add(tag);
        }
        return job;
    }

    private static ObjectNode inSector(String isic4) {
        ObjectNode job = minimalJob();
        work(job).put("isic4", isic4);
        return job;
    }

    @Test
    void theDrlFileHoldsExactlyTheRulesTestedHere() {
        assertThat(RuleHarness.rulesIn("common/hazardous-work.drl"))
                .containsExactlyInAnyOrder(LIST_ENTRY, GENERAL_BAN, UNKNOWN_ITEM, SECTION_NOT_ENCODED, OCCUPATION_MISSING,
                        ALSO_LISTED, SECTOR_MISSING, KNOWN_INSIDE, KNOWN_NO_SECTOR, KNOWN_NO_OCCUPATION, KNOWN_OUTSIDE);
    }

    // --- the list of Decree No. 169 ---

    @Test
    void undergroundWorkNamedFromTheListIsBannedForASixteenYearOld() {
        Result result = check(withListItem("TJ-169/I.1/1"));

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", LIST));
        assertThat(entries(result)).containsExactly("TJ-169/I.1/1");
        assertThat(result.firedRules()).contains(LIST_ENTRY);
    }

    @Test
    void aListedJobIsBannedTheDayBeforeTheWorkersEighteenthBirthday() {
        ObjectNode job = bornOn(withListItem("TJ-169/I.1/1"), "2008-05-13");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", LIST));
        assertThat(result.firedRules()).contains(LIST_ENTRY);
    }

    @Test
    void aListedJobIsLawfulFromTheWorkersEighteenthBirthday() {
        ObjectNode job = bornOn(withListItem("TJ-169/I.1/1"), "2008-05-12");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(LIST_ENTRY);
    }

    @Test
    void theUndergroundTagMatchesTheListEntryForAllUndergroundWorkAndNotTheGeneralBan() {
        Result result = check(withHazards("underground"));

        assertThat(findings(result)).containsOnly(confirmed("hazardous-work", LIST));
        assertThat(entries(result)).contains("TJ-169/I.1/1");
        assertThat(result.firedRules()).contains(LIST_ENTRY).doesNotContain(GENERAL_BAN);
    }

    @Test
    void aDiverByExactIscoCodeIsOnTheList() {
        ObjectNode job = minimalJob();
        work(job).put("isco08", "7541");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", LIST));
        assertThat(entries(result)).containsExactly("TJ-169/XXXI.11");
        assertThat(result.firedRules()).contains(LIST_ENTRY);
    }

    @Test
    void aJobWithNoListedItemTagOrOccupationIsNotOnTheList() {
        Result result = check(minimalJob());

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(LIST_ENTRY, GENERAL_BAN, UNKNOWN_ITEM, SECTION_NOT_ENCODED);
    }

    // --- the general ban of Art. 208(1) ---

    @Test
    void noiseIsSuspectedToMakeTheWorkHarmfulUnderTheGeneralBan() {
        Result result = check(withHazards("noise"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", ART_208_1));
        assertThat(result.findings().get(0).args()).containsEntry("tag", "noise");
        assertThat(result.firedRules()).contains(GENERAL_BAN);
    }

    @Test
    void heavyLoadsAreSuspectedToMakeTheWorkHeavyUnderTheGeneralBan() {
        Result result = check(withHazards("heavy-loads"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", ART_208_1));
        assertThat(result.firedRules()).contains(GENERAL_BAN);
    }

    @Test
    void domesticWorkIsNotReachedByTheGeneralBan() {
        Result result = check(withHazards("domestic-work"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(GENERAL_BAN);
    }

    @Test
    void beforeDecree169UndergroundWorkIsOnlySuspectedUnderSection177OfThe1997Code() {
        ObjectNode job = withHazards("underground");
        job.put("assessedOn", "2010-05-12");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", "TJ-LC1997/177"));
        assertThat(reviewNotices(result)).contains("law-not-encoded TJ-gap/list-before-169");
        assertThat(result.firedRules()).contains(GENERAL_BAN).doesNotContain(LIST_ENTRY);
    }

    @Test
    void eachHazardTheGeneralBanReachesIsReported() {
        Result result = check(withHazards("noise", "vibration"));

        assertThat(findings(result)).containsOnly(suspected("hazardous-work", ART_208_1));
        assertThat(result.findings()).extracting(f -> f.args().get("tag")).containsExactlyInAnyOrder("noise", "vibration");
        assertThat(result.firedRules()).contains(GENERAL_BAN);
    }

    // --- list items that are not encoded ---

    @Test
    void aNamedItemOfTheCompleteListIsConfirmedHazardousWork() {
        Result result = check(withListItem("TJ-169/II.1/1"));

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", LIST));
        assertThat(entries(result)).containsExactly("TJ-169/II.1/1");
        assertThat(result.firedRules()).contains(LIST_ENTRY).doesNotContain(UNKNOWN_ITEM);
    }

    @Test
    void aNamedItemThatIsNotOnTheListIsSuspectedHazardousWorkForAnAssessorToCheck() {
        Result result = check(withListItem("TJ-169/II.1/99"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", LIST));
        assertThat(result.findings().get(0).args()).containsEntry("item", "TJ-169/II.1/99");
        assertThat(result.firedRules()).contains(UNKNOWN_ITEM).doesNotContain(LIST_ENTRY);
    }

    @Test
    void aNamedItemOfAnUnencodedSectionIsSuspectedHazardousWork() {
        Result result = checkHeadingsOnly(withListItem("TJ-169/II.1/1"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", LIST));
        assertThat(result.findings().get(0).args()).containsEntry("item", "TJ-169/II.1/1");
        assertThat(result.firedRules()).contains(UNKNOWN_ITEM).doesNotContain(LIST_ENTRY);
    }

    @Test
    void aNamedItemIsCheckedAgainstTheListFromTheDayDecree169WasAdopted() {
        ObjectNode job = withListItem("TJ-169/II.1/1");
        job.put("assessedOn", "2014-03-04");

        Result result = checkHeadingsOnly(job);

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", LIST));
        assertThat(result.firedRules()).contains(UNKNOWN_ITEM);
    }

    @Test
    void theDayBeforeDecree169NoListIsEncodedToCheckANamedItemAgainst() {
        ObjectNode job = withListItem("TJ-169/II.1/1");
        job.put("assessedOn", "2014-03-03");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).contains("law-not-encoded TJ-gap/list-before-169");
        assertThat(result.firedRules()).doesNotContain(UNKNOWN_ITEM);
    }

    // --- sectors whose list section is encoded: the occupation decides ---

    @Test
    void aJobInMetallurgyWithNoOccupationNeedsTheOccupationToBeChecked() {
        Result result = check(inSector("2431"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.warnings()).filteredOn(n -> n.review())
                .extracting(n -> n.code() + " " + n.path() + " " + n.args().get("section"))
                .containsExactlyInAnyOrder("fact-missing job.isco08 III", "fact-missing job.isco08 XI");
        assertThat(result.firedRules()).contains(OCCUPATION_MISSING).doesNotContain(SECTION_NOT_ENCODED);
    }

    @Test
    void aJobInMetallurgyGivingOnlyASubMajorGroupOfOccupationsNeedsTheOccupationToBeChecked() {
        ObjectNode job = inSector("2431");
        work(job).put("isco08", "72");

        Result result = check(job);

        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.warnings()).filteredOn(n -> n.review()).extracting(n -> n.code() + " " + n.path())
                .contains("fact-missing job.isco08");
        assertThat(result.firedRules()).contains(OCCUPATION_MISSING);
    }

    @Test
    void aJobInMetallurgyInAnOccupationTheListDoesNotNameIsCompliant() {
        ObjectNode job = inSector("2431");
        work(job).put("isco08", "4321");

        Result result = check(job);

        assertThat(findings(result)).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result.firedRules()).doesNotContain(OCCUPATION_MISSING);
    }

    @Test
    void aJobInMetallurgyNamingAListItemNeedsNoOccupationCode() {
        ObjectNode job = withListItem("TJ-169/III.2/5");
        work(job).put("isic4", "2410");

        Result result = check(job);

        assertThat(findings(result)).containsExactly(confirmed("hazardous-work", LIST));
        assertThat(result.firedRules()).doesNotContain(OCCUPATION_MISSING);
    }

    @Test
    void aJobInRetailFallsUnderNoListSection() {
        Result result = check(inSector("4711"));

        assertThat(result.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result.firedRules()).doesNotContain(OCCUPATION_MISSING);
    }

    // --- sectors whose list section is not encoded (Tajik law with sections II and XIII-XVI as headings only) ---

    @Test
    void aJobInTheManufactureOfCementAndLimeMayBeOnAnUnencodedSectionOfTheList() {
        Result result = checkHeadingsOnly(inSector("2394"));

        assertThat(findings(result)).containsExactly(suspected("hazardous-work", LIST));
        assertThat(result.findings().get(0).args()).containsEntry("section", "XIII").containsEntry("isic4", "2394");
        assertThat(result.firedRules()).contains(SECTION_NOT_ENCODED);
    }

    @Test
    void aJobInTheManufactureOfGlassMayBeOnTheUnencodedGlassSection() {
        Result result = checkHeadingsOnly(inSector("2310"));

        assertThat(findings(result)).containsOnly(suspected("hazardous-work", LIST));
        assertThat(result.findings()).extracting(f -> f.args().get("section")).contains("XVI");
        assertThat(result.firedRules()).contains(SECTION_NOT_ENCODED);
    }

    @Test
    void aJobInTheManufactureOfRefractoryProductsFallsUnderNoUnencodedSection() {
        Result result = checkHeadingsOnly(inSector("2391"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.firedRules()).doesNotContain(SECTION_NOT_ENCODED);
    }

    @Test
    void aJobInASectorTwoUnencodedSectionsShareNamesBothSections() {
        Result result = checkHeadingsOnly(inSector("2393"));

        assertThat(findings(result)).containsOnly(suspected("hazardous-work", LIST));
        assertThat(result.findings()).extracting(f -> f.args().get("section")).containsExactlyInAnyOrder("XIV", "XV");
        assertThat(result.firedRules()).contains(SECTION_NOT_ENCODED);
    }

    @Test
    void aJobCodedOnlyToAnIsicGroupThatHoldsUnencodedSectionsNeedsReview() {
        Result result = checkHeadingsOnly(inSector("239"));

        assertThat(result.findings()).isNotEmpty();
        assertThat(findings(result)).containsOnly(suspected("hazardous-work", LIST));
        assertThat(result.findings()).extracting(f -> f.args().get("section")).contains("XIII", "XIV", "XV");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.args()).containsEntry("settle", "job.isic4"));
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.firedRules()).contains(SECTION_NOT_ENCODED);
    }

    // --- notes, sectors and lists known only in part: the synthetic law of XM (src/test/resources/test-law) ---

    private static ObjectNode xm(String isic4, String isco08) {
        ObjectNode job = RuleHarness.syntheticJob();
        work(job).remove("isic4");
        work(job).remove("isco08");
        if (isic4 != null) {
            work(job).put("isic4", isic4);
        }
        if (isco08 != null) {
            work(job).put("isco08", isco08);
        }
        return job;
    }

    @Test
    void anOccupationTheListNamesOnlyInAnotherSectorIsANoteNamingTheEntry() {
        Result result = RuleHarness.checkSynthetic(xm("4711", "7542"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result.warnings()).filteredOn(n -> n.code().equals("also-listed"))
                .extracting(n -> n.args().get("entries")).containsExactly("XM-L/M.1/1");
        assertThat(result.firedRules()).contains(ALSO_LISTED).doesNotContain(LIST_ENTRY);
    }

    @Test
    void anEntryCodedOnlyToAnIscoSubMajorGroupIsNoNoteOutsideItsSector() {
        Result result = RuleHarness.checkSynthetic(xm("4711", "8131"));

        assertThat(findings(result)).isEmpty();
        assertThat(RuleHarness.notes(result)).doesNotContain("also-listed");
        assertThat(result.firedRules()).doesNotContain(ALSO_LISTED);
    }

    @Test
    void aListOfWholeProductionsNeedsTheJobsSector() {
        Result result = RuleHarness.checkSynthetic(xm(null, "5223"));

        assertThat(findings(result)).isEmpty();
        assertThat(result.warnings()).filteredOn(n -> n.review()).extracting(n -> n.messageKey() + " " + n.path())
                .contains("warning.sector-missing job.isic4");
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.firedRules()).contains(SECTOR_MISSING);
    }

    @Test
    void aJobInsideTheKnownScopeOfAListReadInPartNeedsReviewNamingTheBounds() {
        Result result = RuleHarness.checkSynthetic(xm("2310", "8181"));

        assertThat(reviewNotices(result)).contains("law-not-encoded XM-gap/list");
        assertThat(result.warnings()).filteredOn(n -> "XM-gap/list".equals(n.args().get("gap")))
                .extracting(n -> n.args().get("bounds").toString()).containsExactly("Glass, power (sector)");
        assertThat(result.toSettle()).extracting(t -> t.reason().code() + " " + t.gap())
                .contains("law-not-encoded XM-gap/list");
        assertThat(result.firedRules()).contains(KNOWN_INSIDE).doesNotContain(KNOWN_OUTSIDE);
    }

    @Test
    void aJobOutsideTheKnownBoundsWithoutItsSectorNeedsReviewNamingTheSector() {
        Result result = RuleHarness.checkSynthetic(xm(null, "5223"));

        assertThat(result.warnings()).filteredOn(n -> n.review()).extracting(n -> n.messageKey() + " " + n.path())
                .contains("warning.list-known-scope.fact-missing job.isic4");
        assertThat(result.firedRules()).contains(KNOWN_NO_SECTOR).doesNotContain(KNOWN_INSIDE, KNOWN_OUTSIDE);
    }

    @Test
    void aJobOutsideTheKnownBoundsWithoutItsOccupationNeedsReviewNamingTheOccupation() {
        Result result = RuleHarness.checkSynthetic(xm("4711", null));

        assertThat(reviewNotices(result)).containsExactly("fact-missing job.isco08");
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.firedRules()).contains(KNOWN_NO_OCCUPATION).doesNotContain(KNOWN_INSIDE, KNOWN_OUTSIDE);
    }

    @Test
    void aJobOutsideTheKnownBoundsGivingOnlyASubMajorGroupOfOccupationsNeedsReviewNamingTheOccupation() {
        Result result = RuleHarness.checkSynthetic(xm("4711", "52"));

        assertThat(reviewNotices(result)).contains("fact-missing job.isco08");
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.firedRules()).contains(KNOWN_NO_OCCUPATION).doesNotContain(KNOWN_OUTSIDE);
    }

    @Test
    void aJobOutsideEverythingKnownOfAListReadInPartIsCompliantWithANote() {
        Result result = RuleHarness.checkSynthetic(RuleHarness.syntheticJob());

        assertThat(findings(result)).isEmpty();
        assertThat(reviewNotices(result)).isEmpty();
        assertThat(RuleHarness.notes(result)).containsExactly("list-outside-known-scope");
        assertThat(result.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result.firedRules()).contains(KNOWN_OUTSIDE).doesNotContain(KNOWN_INSIDE, KNOWN_NO_SECTOR,
                KNOWN_NO_OCCUPATION);
    }
}
