package org.hazlex.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hazlex.assess.Inspection;
import org.hazlex.domain.Job;
import org.hazlex.findings.Certainty;
import org.hazlex.findings.Finding;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The children of an inspection to refer for follow-up: those with a finding of a referral kind (under the minimum
 * age, in hazardous work, allowed light work only). One row per child, for the report's section and for a CSV that
 * a child-labour monitoring system can take in. Column meanings are documented in the README.
 */
public final class Referrals {
    /** The finding kinds that make a child a referral, in order of seriousness. */
    public static final List<String> KINDS = List.of("minimum-age", "hazardous-work", "light-work-only");

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    private Referrals() {
    }

    /**
     * One referral (a CSV row). {@code name} is shown in the signed report only; the CSV carries {@code initials}.
     */
    @JsonPropertyOrder({"worksiteId", "worksiteName", "inspectionDate", "country", "workerId", "initials", "age",
        "sex", "jobTitle", "reasons", "certainty", "provisionIds", "provisions", "verdict"})
    public record Row(String worksiteId, String worksiteName, String inspectionDate, String country, String workerId,
                      @com.fasterxml.jackson.annotation.JsonIgnore String name, String initials, Integer age,
                      String sex, String jobTitle, String reasons, String certainty, String provisionIds,
                      String provisions, String verdict, @com.fasterxml.jackson.annotation.JsonIgnore int no) {
    }

    /** The referrals of an inspection, in input order; provisions are cited in the language of {@code m}. */
    public static List<Row> of(Inspection inspection, Messages m) {
        List<Row> rows = new ArrayList<>();
        var site = inspection.worksite();
        String date = site.inspectionDate() != null ? site.inspectionDate().toString()
                : inspection.on() == null ? null : inspection.on().toString();
        int no = 0;
        for (Inspection.Worker w : inspection.workers()) {
            no++;
            List<Finding> hits = w.result().findings().stream().filter(f -> KINDS.contains(f.kind()))
                    .sorted(java.util.Comparator.comparing((Finding f) -> KINDS.indexOf(f.kind()))
                            .thenComparing(f -> f.certainty().ordinal()))
                    .toList();
            if (hits.isEmpty()) {
                continue;
            }
            Set<String> reasons = new LinkedHashSet<>();
            Set<String> ids = new LinkedHashSet<>();
            Set<String> cites = new LinkedHashSet<>();
            for (Finding f : hits) {
                reasons.add(f.kind());
                String id = f.entry() != null ? f.entry().getId() : f.provision().id();
                if (ids.add(id)) {
                    cites.add(InspectionReport.cite(f, m));
                }
            }
            boolean confirmed = hits.stream().anyMatch(f -> f.certainty() == Certainty.CONFIRMED);
            Job job = w.submission().job();
            String name = job == null ? null : job.worker().name();
            rows.add(new Row(site.id(), site.name(), date, w.result().country(), w.result().id(), name, initials(name),
                    job == null ? null : job.ageOnAssessment(),
                    job == null || job.worker().sex() == null ? null : job.worker().sex().code(),
                    job == null ? null : job.job().title(), String.join(";", reasons),
                    (confirmed ? Certainty.CONFIRMED : Certainty.SUSPECTED).code(), String.join(";", ids),
                    String.join("; ", cites), w.result().verdict().code(), no));
        }
        return rows;
    }

    /** The rows as CSV (UTF-8 text, header line first, RFC 4180 quoting). */
    public static String csv(List<Row> rows) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (SequenceWriter w = CSV.writer(SCHEMA).writeValues(out)) {
            w.writeAll(rows);
        }
        return out.toString();
    }

    /** "Рахимов Фаррух Саидович" gives "Р.Ф.С."; a name already given as initials stays as it is. */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : name.strip().split("[\\s.]+")) {
            if (!part.isEmpty()) {
                sb.appendCodePoint(part.codePointAt(0)).append('.');
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
