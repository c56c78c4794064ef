package org.hazlex.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.hazlex.assess.Inspection;
import org.hazlex.domain.Job;
import org.hazlex.domain.Problem;
import org.hazlex.findings.Certainty;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Notice;
import org.hazlex.findings.Result;
import org.hazlex.findings.ToSettle;
import org.hazlex.findings.Verdict;
import org.hazlex.intake.Worksite;
import org.hazlex.legislation.Instrument;
import org.hazlex.legislation.LawGap;
import org.hazlex.legislation.Verification;

/**
 * The worksite inspection report as one self-contained XHTML document (inline CSS, no scripts, no external
 * resources): header, the workers found, each finding with its provision, limit vs actual and remedy, a summary by
 * finding kind, the children to refer, what is not assessed, and signature lines. Every word comes from the message
 * bundle; the same document is printed to PDF by {@link PdfReport}. Black on white, so it prints on any printer.
 */
public final class InspectionReport {
    /** The summary lists the kinds that make a child a referral first, then the others roughly by gravity. */
    private static final List<String> SUMMARY_ORDER = List.of("minimum-age", "light-work-only", "hazardous-work",
            "consent-missing", "night-work", "load-limit", "daily-hours", "weekly-hours", "overtime", "rest-day-work");

    private final Messages m;
    private final DateTimeFormatter dates;

    public InspectionReport(Messages messages) {
        this.m = messages;
        Locale locale = "ru".equals(messages.lang()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        this.dates = DateTimeFormatter.ofPattern(messages.get("report.date-format"), locale);
    }

    /** The report as XHTML text (well-formed XML, so it is also the PDF renderer's input). */
    public String html(Inspection in) {
        StringBuilder sb = new StringBuilder(32_000);
        sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(m.lang()).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(esc(title(in))).append("</title>\n<style>\n")
                .append(css(in)).append("</style>\n</head>\n<body>\n");
        header(sb, in);
        workers(sb, in);
        findings(sb, in);
        summary(sb, in);
        referrals(sb, in);
        notAssessed(sb, in);
        signatures(sb, in);
        sb.append("<p class=\"footer\">").append(esc(m.get("report.footer"))).append("</p>\n");
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private String title(Inspection in) {
        Worksite w = in.worksite();
        return m.get("report.title") + (w.name() != null ? " — " + w.name() : "");
    }

    private String css(Inspection in) {
        String counter = pageCounter(m.get("report.page"));
        Worksite w = in.worksite();
        String which = w.id() != null ? w.id() : w.name() != null ? w.name() : "";
        LocalDate day = w.inspectionDate() != null ? w.inspectionDate() : in.on();
        String head = cssString(m.format("report.running-head", Map.of("id", which,
                "date", day == null ? "" : dates.format(day))).strip());
        return """
                @page { size: A4; margin: 16mm 14mm 18mm 16mm;
                  @top-left { content: %s; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; }
                  @bottom-right { content: %s; font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; } }
                body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; line-height: 1.3; color: #000; background: #fff; margin: 0; }
                h1 { font-size: 13pt; text-align: center; margin: 0 0 2mm 0; }
                p.subtitle { text-align: center; font-size: 8.5pt; margin: 0 0 5mm 0; }
                h2 { font-size: 10.5pt; margin: 6mm 0 2mm 0; padding-bottom: 1mm; border-bottom: 1.2pt solid #000; page-break-after: avoid; }
                h3 { font-size: 9.5pt; margin: 4mm 0 1.5mm 0; page-break-after: avoid; }
                table { border-collapse: collapse; width: 100%%; -fs-table-paginate: paginate; }
                thead { display: table-header-group; }
                tr, .keep { page-break-inside: avoid; }
                table.grid th, table.grid td { border: 0.6pt solid #000; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; }
                table.grid th { background: #e6e6e6; font-weight: bold; }
                table.head td { padding: 0.8mm 1.5mm; vertical-align: top; }
                table.head td.label { width: 32%%; font-weight: bold; }
                table.grid td.num, table.grid th.num { text-align: right; white-space: nowrap; }
                table.grid td.verdict { white-space: nowrap; }
                table.grid td.flagged { font-weight: bold; }
                th.w-name { width: 26%%; }
                th.w-reason { width: 17%%; }
                th.w-job { width: 24%%; }
                div.worker { page-break-inside: avoid; }
                .muted { font-size: 8pt; }
                ul { margin: 1mm 0 1mm 5mm; padding-left: 3mm; }
                li { margin-bottom: 0.8mm; }
                tbody.finding td.detail { border-top: none; }
                tbody.finding td.kind { font-weight: bold; width: 30%%; }
                tbody.finding td.law { width: 52%%; }
                .remedy { margin-top: 1mm; }
                div.notes { margin-top: 2mm; }
                .remedy b { font-weight: bold; }
                table.sign td { padding: 7mm 2mm 0 0; vertical-align: bottom; }
                table.sign td.line { border-bottom: 0.6pt solid #000; width: 36%%; }
                table.sign td.date { width: 8%%; padding-left: 4mm; }
                table.sign td.line.short { width: 16%%; }
                p.footer { margin-top: 8mm; font-size: 7.5pt; text-align: center; }
                @media screen { body { max-width: 182mm; margin: 10mm auto; padding: 0 6mm; font-size: 10.5pt; } }
                """.formatted(head, counter);
    }

    /** "стр. {page} из {pages}" as a CSS content value: "стр. " counter(page) " из " counter(pages). */
    static String pageCounter(String template) {
        List<String> parts = new ArrayList<>();
        java.util.regex.Matcher x = java.util.regex.Pattern.compile("\\{(pages?)}").matcher(template);
        int at = 0;
        while (x.find()) {
            if (x.start() > at) {
                parts.add(cssString(template.substring(at, x.start())));
            }
            parts.add("counter(" + x.group(1) + ")");
            at = x.end();
        }
        if (at < template.length()) {
            parts.add(cssString(template.substring(at)));
        }
        return String.join(" ", parts);
    }

    private static String cssString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void header(StringBuilder sb, Inspection in) {
        Worksite w = in.worksite();
        sb.append("<h1>").append(esc(m.get("report.title"))).append("</h1>\n");
        sb.append("<p class=\"subtitle\">").append(esc(m.get("report.subtitle"))).append("</p>\n");
        sb.append("<table class=\"head\">\n");
        row(sb, "report.worksite-id", w.id());
        row(sb, "report.worksite", w.name());
        row(sb, "report.address", w.address());
        row(sb, "report.employer", w.employer());
        LocalDate visit = w.inspectionDate() != null ? w.inspectionDate() : in.on();
        row(sb, "report.inspection-date", visit == null ? null : dates.format(visit));
        sb.append("<tr><td class=\"label\">").append(esc(m.get("report.inspectors"))).append("</td><td>")
                .append(w.inspectors().isEmpty() ? esc(m.get("report.not-given"))
                        : String.join("<br/>", w.inspectors().stream().map(InspectionReport::esc).toList()))
                .append("</td></tr>\n");
        row(sb, "report.country", in.country() == null ? null
                : m.has("country." + in.country()) ? m.get("country." + in.country()) : in.country());
        sb.append("<tr><td class=\"label\">").append(esc(m.get("report.law-on"))).append("</td><td>");
        if (in.law().isPresent() && in.on() != null) {
            sb.append(esc(m.format("report.law-on.text", Map.of("date", dates.format(in.on()))))).append("<ul>");
            List<Instrument> acts = in.law().get().country().instruments().values().stream()
                    .filter(i -> i.period().contains(in.on()))
                    .sorted(java.util.Comparator.comparing((Instrument i) -> !i.kind().equals("code"))
                            .thenComparing(Instrument::adopted))
                    .toList();
            for (Instrument i : acts) {
                sb.append("<li>").append(esc(i.citation(m.lang()))).append("</li>");
            }
            sb.append("</ul>");
        } else {
            sb.append(esc(m.get("report.not-given")));
        }
        sb.append("</td></tr>\n</table>\n");
    }

    private void row(StringBuilder sb, String key, String value) {
        sb.append("<tr><td class=\"label\">").append(esc(m.get(key))).append("</td><td>")
                .append(esc(value == null || value.isBlank() ? m.get("report.not-given") : value)).append("</td></tr>\n");
    }

    private void workers(StringBuilder sb, Inspection in) {
        Map<Verdict, Integer> counts = new LinkedHashMap<>();
        in.workers().forEach(w -> counts.merge(w.result().verdict(), 1, Integer::sum));
        sb.append("<h2>").append(esc(m.get("report.workers"))).append("</h2>\n<p>")
                .append(esc(m.format("report.counts", Map.of("total", in.workers().size(),
                        "violation", counts.getOrDefault(Verdict.VIOLATION, 0),
                        "review", counts.getOrDefault(Verdict.NEEDS_REVIEW, 0),
                        "compliant", counts.getOrDefault(Verdict.COMPLIANT, 0),
                        "invalid", counts.getOrDefault(Verdict.INVALID, 0))))).append("</p>\n");
        sb.append("<table class=\"grid\">\n<thead><tr>");
        th(sb, "report.col.no", "num");
        th(sb, "report.col.worker", null);
        th(sb, "report.col.name", "w-name");
        th(sb, "report.col.age", "num");
        th(sb, "report.col.sex", null);
        th(sb, "report.col.job", "w-job");
        th(sb, "report.col.verdict", null);
        sb.append("</tr></thead>\n<tbody>\n");
        int no = 0;
        for (Inspection.Worker w : in.workers()) {
            no++;
            Job job = w.submission().job();
            sb.append("<tr><td class=\"num\">").append(no).append("</td><td>").append(esc(w.result().id()))
                    .append("</td><td>").append(esc(job == null ? null : job.worker().name()))
                    .append("</td><td class=\"num\">").append(job == null || job.ageOnAssessment() == null ? "" : job.ageOnAssessment())
                    .append("</td><td>").append(esc(job == null || job.worker().sex() == null ? null : m.get("sex." + job.worker().sex().code())))
                    .append("</td><td>").append(esc(job == null ? null : job.job().title()))
                    .append("</td><td class=\"verdict").append(w.result().verdict() == Verdict.COMPLIANT ? "" : " flagged")
                    .append("\">").append(esc(verdict(w.result().verdict()))).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private void th(StringBuilder sb, String key, String cls) {
        sb.append("<th").append(cls == null ? "" : " class=\"" + cls + "\"").append('>').append(esc(m.get(key))).append("</th>");
    }

    private String verdict(Verdict v) {
        return m.get("verdict." + v.code()).toUpperCase(m.locale());
    }

    private void findings(StringBuilder sb, Inspection in) {
        sb.append("<h2>").append(esc(m.get("report.findings"))).append("</h2>\n");
        int no = 0;
        for (Inspection.Worker w : in.workers()) {
            no++;
            Result r = w.result();
            Job job = w.submission().job();
            StringBuilder head = new StringBuilder().append(no).append(". ");
            if (job != null && job.worker().name() != null) {
                head.append(job.worker().name()).append(" (").append(r.id()).append(')');
            } else {
                head.append(r.id());
            }
            if (job != null && job.ageOnAssessment() != null) {
                head.append(", ").append(job.ageOnAssessment()).append(' ').append(m.get("unit.years"));
            }
            if (job != null && job.job().title() != null) {
                head.append(", ").append(job.job().title());
            }
            sb.append("<div class=\"worker\">\n<h3>").append(esc(head.toString())).append(" — ")
                    .append(esc(verdict(r.verdict()))).append("</h3>\n");
            if (!r.findings().isEmpty()) {
                sb.append("<table class=\"grid\">\n<thead><tr>");
                th(sb, "report.col.kind", null);
                th(sb, "report.col.provision", null);
                th(sb, "report.col.limit-actual", "num");
                sb.append("</tr></thead>\n");
                for (Finding f : r.findings()) {
                    finding(sb, f);
                }
                sb.append("</table>\n");
            } else if (r.verdict() != Verdict.INVALID) {
                sb.append("<p>").append(esc(m.get("report.no-findings"))).append("</p>\n");
            }
            settle(sb, r.toSettle());
            notices(sb, "report.notes", r.warnings().stream().filter(n -> !n.review()).toList());
            if (!r.errors().isEmpty()) {
                sb.append("<div class=\"keep\"><b>").append(esc(m.get("report.errors"))).append("</b><ul>");
                for (Problem p : r.errors()) {
                    sb.append("<li>").append(esc((p.path() == null || p.path().isEmpty() ? "" : p.path() + ": ") + p.message()))
                            .append("</li>");
                }
                sb.append("</ul></div>\n");
            }
            sb.append("</div>\n");
        }
    }

    /** What the inspector must still settle (the result's toSettle): each reason with what would settle it. */
    private void settle(StringBuilder sb, List<ToSettle> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append("<div class=\"keep notes\"><b>").append(esc(m.get("report.for-review"))).append(":</b><ul>");
        for (ToSettle t : items) {
            sb.append("<li>").append(esc(m.settle(t))).append("</li>");
        }
        sb.append("</ul></div>\n");
    }

    /**
     * Notices under a heading. Notices about the input itself (an unknown field) carry English text from the reader,
     * not a bundle message; the report names their field only, in the bundle's words.
     */
    private void notices(StringBuilder sb, String heading, List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        sb.append("<div class=\"keep notes\"><b>").append(esc(m.get(heading))).append(":</b><ul>");
        for (Notice n : notices) {
            String text = n.messageKey() != null ? m.notice(n)
                    : m.format("report.input-note", Map.of("field", n.path() == null ? "" : n.path(), "code", n.code()));
            sb.append("<li>").append(esc(text)).append("</li>");
        }
        sb.append("</ul></div>\n");
    }

    private void finding(StringBuilder sb, Finding f) {
        sb.append("<tbody class=\"finding\"><tr><td class=\"kind\">").append(esc(kind(f.kind())));
        if (f.certainty() == Certainty.SUSPECTED) {
            sb.append("<br/><span class=\"muted\">(").append(esc(m.get("certainty.suspected"))).append(")</span>");
        }
        sb.append("</td><td class=\"law\">").append(esc(cite(f, m)));
        if (f.verification() == Verification.UNVERIFIED) {
            sb.append("<br/><span class=\"muted\">(").append(esc(m.get("word.unverified"))).append(")</span>");
        }
        sb.append("</td><td class=\"num\">");
        if (f.limit() != null && f.actual() != null) {
            sb.append(esc(Messages.number(f.limit()) + " / " + Messages.number(f.actual())
                    + (f.unit() == null ? "" : " " + unit(f.unit()))));
        } else {
            sb.append("—");
        }
        sb.append("</td></tr>\n<tr><td class=\"detail\" colspan=\"3\">").append(esc(m.finding(f)));
        String remedy = m.remedy(f.kind());
        if (!remedy.isEmpty()) {
            sb.append("<div class=\"remedy\"><b>").append(esc(m.get("report.col.remedy"))).append(":</b> ")
                    .append(esc(remedy)).append("</div>");
        }
        for (org.hazlex.legislation.LawSanction x : f.sanctions()) {
            sb.append("<div class=\"remedy\"><b>").append(esc(m.get("report.col.sanction"))).append(":</b> ")
                    .append(esc(m.sanction(x))).append("</div>");
        }
        sb.append("</td></tr></tbody>\n");
    }

    /** A finding's provision as an inspector cites it: the list entry or article, then the act. */
    static String cite(Finding f, Messages m) {
        String article = f.provision().article(m.lang());
        if (f.entry() != null) {
            article = f.entry().getId() + " (" + article + ")";
        }
        return article + ", " + f.provision().instrument().citation(m.lang());
    }

    private String kind(String kind) {
        return m.has("kind." + kind) ? m.get("kind." + kind) : kind;
    }

    private String unit(String unit) {
        return m.has("unit." + unit) ? m.get("unit." + unit) : unit;
    }

    private void summary(StringBuilder sb, Inspection in) {
        sb.append("<h2>").append(esc(m.get("report.summary"))).append("</h2>\n");
        java.util.Comparator<String> order = java.util.Comparator.comparing((String k) -> SUMMARY_ORDER.contains(k)
                ? SUMMARY_ORDER.indexOf(k) : SUMMARY_ORDER.size()).thenComparing(k -> k);
        Map<String, int[]> counts = new java.util.TreeMap<>(order);
        Map<String, TreeSet<Integer>> who = new java.util.TreeMap<>(order);
        int no = 0;
        for (Inspection.Worker w : in.workers()) {
            no++;
            for (Finding f : w.result().findings()) {
                counts.computeIfAbsent(f.kind(), k -> new int[2])[f.certainty() == Certainty.CONFIRMED ? 0 : 1]++;
                who.computeIfAbsent(f.kind(), k -> new TreeSet<>()).add(no);
            }
        }
        if (counts.isEmpty()) {
            sb.append("<p>").append(esc(m.get("report.summary.none"))).append("</p>\n");
            return;
        }
        sb.append("<table class=\"grid\">\n<thead><tr>");
        th(sb, "report.col.kind", null);
        th(sb, "report.col.confirmed", "num");
        th(sb, "report.col.suspected", "num");
        th(sb, "report.col.workers", null);
        sb.append("</tr></thead>\n<tbody>\n");
        for (var e : counts.entrySet()) {
            sb.append("<tr><td>").append(esc(kind(e.getKey()))).append("</td><td class=\"num\">").append(e.getValue()[0])
                    .append("</td><td class=\"num\">").append(e.getValue()[1]).append("</td><td>")
                    .append(esc(m.get("report.col.no") + " " + String.join(", ",
                            who.get(e.getKey()).stream().map(String::valueOf).toList()))).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private void referrals(StringBuilder sb, Inspection in) {
        sb.append("<h2>").append(esc(m.get("report.referrals"))).append("</h2>\n");
        List<Referrals.Row> rows = Referrals.of(in, m);
        if (rows.isEmpty()) {
            sb.append("<p>").append(esc(m.get("report.referrals.none"))).append("</p>\n");
            return;
        }
        sb.append("<p>").append(esc(m.get("report.referrals.intro"))).append("</p>\n<table class=\"grid\">\n<thead><tr>");
        th(sb, "report.col.no", "num");
        th(sb, "report.col.name", "w-name");
        th(sb, "report.col.age", "num");
        th(sb, "report.col.sex", null);
        th(sb, "report.col.reason", "w-reason");
        th(sb, "report.col.provision", null);
        sb.append("</tr></thead>\n<tbody>\n");
        for (Referrals.Row r : rows) {
            List<String> reasons = new ArrayList<>();
            for (String k : r.reasons().split(";")) {
                reasons.add(kind(k));
            }
            String who = r.name() == null ? r.workerId() : r.name() + " (" + r.workerId() + ")";
            sb.append("<tr><td class=\"num\">").append(r.no()).append("</td><td>").append(esc(who))
                    .append("</td><td class=\"num\">").append(r.age() == null ? "" : r.age())
                    .append("</td><td>").append(esc(r.sex() == null ? null : m.get("sex." + r.sex())))
                    .append("</td><td>").append(esc(String.join("; ", reasons)));
            if (r.certainty().equals(Certainty.SUSPECTED.code())) {
                sb.append("<br/><span class=\"muted\">(").append(esc(m.get("certainty.suspected"))).append(")</span>");
            }
            sb.append("</td><td>").append(esc(r.provisions())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private void notAssessed(StringBuilder sb, Inspection in) {
        if (in.law().isEmpty() || in.on() == null) {
            return;
        }
        List<LawGap> gaps = in.law().get().snapshot().gaps();
        boolean suspected = in.workers().stream().anyMatch(w -> w.result().findings().stream()
                .anyMatch(f -> f.certainty() == Certainty.SUSPECTED));
        if (gaps.isEmpty() && !suspected) {
            return;
        }
        sb.append("<h2>").append(esc(m.get("report.not-assessed"))).append("</h2>\n");
        if (!gaps.isEmpty()) {
            sb.append("<p>").append(esc(m.get("report.not-assessed.intro"))).append("</p>\n<ul>");
            gaps.forEach(g -> sb.append("<li>").append(esc(g.isDerived()
                    ? m.format("warning.topic-not-encoded", Map.of("requiredTopic", m.get("required." + g.getDerivedFrom().code())))
                    : g.getDescriptions().in(m.lang()))).append("</li>"));
            sb.append("</ul>\n");
        }
        if (suspected) {
            sb.append("<p>").append(esc(m.get("report.suspected-note"))).append("</p>\n");
        }
    }

    private void signatures(StringBuilder sb, Inspection in) {
        sb.append("<div class=\"keep\"><h2>").append(esc(m.get("report.signatures"))).append("</h2>\n<table class=\"sign\">\n");
        List<String> inspectors = in.worksite().inspectors().isEmpty() ? List.of("") : in.worksite().inspectors();
        for (String who : inspectors) {
            signLine(sb, m.get("report.sign.inspector"), who);
        }
        signLine(sb, m.get("report.sign.employer"), in.worksite().employer() == null ? "" : in.worksite().employer());
        sb.append("</table>\n</div>\n");
    }

    private void signLine(StringBuilder sb, String role, String who) {
        sb.append("<tr><td>").append(esc(role)).append(who.isEmpty() ? "" : ": " + esc(who))
                .append("</td><td class=\"line\"></td><td class=\"date\">").append(esc(m.get("report.sign.date")))
                .append("</td><td class=\"line short\"></td></tr>\n");
    }

    /** A number sign or an article abbreviation stays on the line of the number after it. */
    private static final java.util.regex.Pattern KEEP = java.util.regex.Pattern.compile(
            "(?<=(?:^|[\\s(])(?:№|No\\.|ст\\.|ч\\.|п\\.|подп\\.|Art\\.|s\\.)) (?=[0-9IVX])");

    /**
     * Escapes text for XHTML element content and attribute values, and ties "№ 169", "ст. 21", "Art. 21" with a
     * no-break space so a citation never breaks between the sign and its number.
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(s.length());
        KEEP.matcher(s).replaceAll("\u00A0").chars().forEach(c ->
                clean.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? ' ' : (char) c));
        return org.hazlex.util.Html.escape(clean.toString());
    }
}
