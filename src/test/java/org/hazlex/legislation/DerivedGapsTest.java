package org.hazlex.legislation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazlex.assess.Assessor;
import org.hazlex.findings.Result;
import org.hazlex.findings.ToSettle;
import org.hazlex.findings.Verdict;
import org.hazlex.report.LawsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage derived from the law model (legislation/README.md, "Coverage"): a country declares the topics its minors'
 * rules need, and a topic with no value in force is a gap the engine derives, so that a job that could turn on it is
 * never compliant, and {@code laws} shows exactly those gaps.
 */
class DerivedGapsTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A synthetic country XQ (a user-assigned code) whose only encoded rule is a minimum age of 14. */
    private static Assessor onlyAMinimumAge(Path dir) throws Exception {
        Path xq = Files.createDirectories(dir.resolve("XQ"));
        Files.writeString(xq.resolve("law.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <legislation xmlns="urn:hazlex:legislation:1" country="XQ">
                  <instrument id="XQ-LC" kind="code" number="1" adopted="2020-01-01" validFrom="2020-01-01">
                    <title lang="en">Test Code of XQ</title>
                    <citation>Test Code of XQ</citation>
                    <source url="https://example.org/xq" kind="official"/>
                  </instrument>
                  <provision id="XQ-LC/2" instrument="XQ-LC" article="Art. 2" verification="verified">
                    <summary>Minimum age.</summary>
                  </provision>
                  <value quantity="minimum-age.general" value="14" unit="years" provision="XQ-LC/2"/>
                  <requires>
                    <topic>adult-age</topic>
                    <topic>minimum-age</topic>
                    <topic>hazardous-list</topic>
                    <topic>load-norms</topic>
                    <topic>daily-hours</topic>
                    <topic>weekly-hours</topic>
                    <topic>night-work</topic>
                    <topic>overtime</topic>
                  </requires>
                </legislation>
                """, UTF_8);
        return new Assessor(new LegislationLoader().load(dir), Clock.systemDefaultZone());
    }

    private static JsonNode undergroundWith40Kg(String country, String assessedOn, int age) {
        return MAPPER.readTree("""
                {"id": "%s-%d", "country": "%s", "assessedOn": "%s",
                 "worker": {"age": %d, "sex": "male", "inEducation": false},
                 "job": {"title": "Горнорабочий подземный", "isco08": "8111", "isic4": "0510", "hazards": ["underground"]},
                 "loads": [{"kg": 40, "frequency": "constant"}],
                 "schedule": {"hoursPerDay": 6, "hoursPerWeek": 30, "daysPerWeek": 5, "start": "09:00", "end": "15:00"}}
                """.formatted(country, age, country, assessedOn, age));
    }

    @Test
    void aCountryWithOnlyAMinimumAgeNeverAnswersCompliantAndSaysWhatIsMissing(@TempDir Path dir) throws Exception {
        Assessor a = onlyAMinimumAge(dir);
        LocalDate on = LocalDate.of(2026, 5, 12);

        for (int age : new int[] {14, 16}) {
            Result r = a.checkTree("synthetic", undergroundWith40Kg("XQ", on.toString(), age));
            assertThat(r.verdict()).as("a %d-year-old underground with 40 kg", age).isEqualTo(Verdict.NEEDS_REVIEW);
            assertThat(r.toSettle()).extracting(ToSettle::reason).contains(ToSettle.Reason.LAW_NOT_ENCODED);
            assertThat(r.toSettle()).extracting(ToSettle::gap).contains("XQ-gap/no-adult-age");
        }

        // laws shows exactly the gaps the engine holds: one derived gap for each required topic with no value
        Assessor.LawView view = a.law("XQ", on).orElseThrow();
        List<String> derived = new ArrayList<>();
        LawsReport.tree(view).get("coverage").forEach(c -> {
            if (c.has("derived")) {
                derived.add(c.get("derived").asString());
            }
        });
        assertThat(derived).containsExactlyInAnyOrder("adult-age", "hazardous-list", "load-norms", "daily-hours",
                "weekly-hours", "night-work", "overtime");
        assertThat(view.snapshot().gaps()).extracting(LawGap::getId).containsExactlyInAnyOrderElementsOf(
                derived.stream().map(t -> "XQ-gap/no-" + t).toList());
        String text = LawsReport.text(view);
        for (String t : derived) {
            assertThat(text).contains(RequiredTopic.of(t).description());
        }
    }

    @Test
    void beforeAnyEncodedLawEveryRequiredTopicIsAGap(@TempDir Path dir) throws Exception {
        Assessor a = onlyAMinimumAge(dir);
        Result r = a.checkTree("synthetic", undergroundWith40Kg("XQ", "1800-01-01", 16));
        assertThat(r.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(a.law("XQ", LocalDate.of(1800, 1, 1)).orElseThrow().snapshot().gaps()).extracting(LawGap::getId)
                .contains("XQ-gap/no-minimum-age", "XQ-gap/no-adult-age");
    }

    @Test
    void aTajikJobOnADateBeforeAnyEncodedLawNeedsReview() {
        Assessor a = Assessor.packaged();
        JsonNode office = MAPPER.readTree("""
                {"id": "tj-1800", "country": "TJ", "assessedOn": "1800-01-01",
                 "worker": {"age": 17, "sex": "female", "inEducation": false},
                 "job": {"title": "Office assistant", "isco08": "4110", "isic4": "6910"},
                 "schedule": {"hoursPerDay": 6, "hoursPerWeek": 30, "daysPerWeek": 5, "start": "09:00", "end": "15:00"}}
                """);
        Result r = a.checkTree("tj-1800", office);
        assertThat(r.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(r.toSettle()).isNotEmpty().allMatch(t -> t.reason() == ToSettle.Reason.LAW_NOT_ENCODED);
    }
}
