package org.hazlex.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlex.report.Messages;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Renders lint and diff reports as text, JSON and (diff) a self-contained HTML page, in English or Russian. */
public final class DraftReports {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DraftReports() {
    }

    // ---- lint ----

    public static String lintText(DraftLint.Report r, Messages m) {
        StringBuilder b = new StringBuilder();
        b.append(r.draft()).append(r.baseList() == null ? "" : " vs " + r.baseList() + " (" + r.on() + ")").append('\n');
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (DraftLint.Issue i : r.issues()) {
            if (i.severity() == DraftLint.Severity.warning && !i.lessProtective() && i.entry() != null
                    && r.issues().stream().filter(x -> x.code().equals(i.code()) && x.severity() == i.severity()).count() > 5) {
                grouped.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i.entry());
                continue;
            }
            b.append(m.get("draft.word." + i.severity().name())).append(": ").append(m.format(key(i), i.args()))
                    .append('\n');
            if (i.before() != null || i.after() != null) {
                if (i.before() != null) {
                    b.append("    ").append(m.get("draft.word.before")).append(": ").append(i.before()).append('\n');
                }
                if (i.after() != null) {
                    b.append("    ").append(m.get("draft.word.after")).append(": ").append(i.after()).append('\n');
                }
            }
        }
        grouped.forEach((code, ids) -> b.append(m.get("draft.word.warning")).append(": ")
                .append(m.format("draft.lint.many." + code, Map.of("count", ids.size(), "entries", String.join(", ", ids))))
                .append('\n'));
        if (!r.coverage().isEmpty()) {
            b.append('\n').append(m.get("draft.lint.coverage")).append('\n');
            b.append(String.format("  %-8s %8s %8s  %s%n", "R190", m.get("draft.word.before"), m.get("draft.word.after"), ""));
            for (DraftLint.Coverage c : r.coverage()) {
                b.append(String.format("  %-8s %8d %8d  %s%n", c.category(), c.before(), c.after(), m.get("draft.r190." + c.category())));
            }
        }
        b.append('\n').append(m.format("draft.lint.summary", Map.of("errors", r.count(DraftLint.Severity.error),
                "warnings", r.count(DraftLint.Severity.warning), "less", r.lessProtective()))).append('\n');
        return b.toString();
    }

    public static String lintJson(DraftLint.Report r, Messages m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("draft", r.draft());
        o.put("country", r.country());
        o.put("comparedWith", r.baseList());
        o.put("on", r.on() == null ? null : r.on().toString());
        o.put("entriesBefore", r.entriesBefore());
        o.put("entriesAfter", r.entriesAfter());
        o.put("errors", r.count(DraftLint.Severity.error));
        o.put("warnings", r.count(DraftLint.Severity.warning));
        o.put("lessProtective", r.lessProtective());
        List<Map<String, Object>> issues = new ArrayList<>();
        for (DraftLint.Issue i : r.issues()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("severity", i.severity().name());
            x.put("code", i.code());
            x.put("entry", i.entry());
            x.put("lessProtective", i.lessProtective());
            x.put("message", m.format(key(i), i.args()));
            x.put("before", i.before());
            x.put("after", i.after());
            issues.add(x);
        }
        o.put("issues", issues);
        List<Map<String, Object>> cov = new ArrayList<>();
        for (DraftLint.Coverage c : r.coverage()) {
            cov.add(Map.of("category", c.category(), "before", c.before(), "after", c.after()));
        }
        o.put("r190Coverage", cov);
        return JSON.writeValueAsString(o) + "\n";
    }

    /** The message of an issue; a missing tag or category reads differently on entries carried over unchanged. */
    static String key(DraftLint.Issue i) {
        boolean inherited = i.severity() == DraftLint.Severity.warning && (i.code().equals("no-hazard") || i.code().equals("no-r190"));
        return "draft.lint." + i.code() + (inherited ? ".inherited" : "");
    }

    // ---- diff ----

    public static String diffText(DraftDiff.Report r, Messages m) {
        StringBuilder b = new StringBuilder();
        b.append(m.get("draft.diff.title")).append('\n');
        b.append(compared(r, m)).append('\n').append(m.get("draft.diff.notlaw")).append("\n\n");
        b.append(entriesLine(r, m)).append('\n');
        for (DraftDiff.EntryChange e : r.entries()) {
            b.append("  ").append(e.kind().equals("added") ? "+ " : e.kind().equals("removed") ? "- " : "~ ")
                    .append(e.id()).append("  ").append(e.label()).append('\n');
            for (Changes.Change c : e.changes()) {
                b.append("      ").append(c.field()).append(": ").append(c.before()).append("  ->  ").append(c.after()).append('\n');
            }
        }
        if (r.corpus() != null) {
            b.append('\n').append(jobsLine(r, m)).append("\n\n").append(m.get("draft.diff.verdicts")).append('\n');
            r.verdicts().forEach((from, to) -> to.forEach((t, n) -> b.append(String.format("  %-13s -> %-13s %5d%n",
                    from, t, n))));
            counts(b, m.get("draft.diff.bySection"), r.bySection(), m);
            counts(b, m.get("draft.diff.byMajor"), r.byMajorGroup(), m);
            counts(b, m.get("draft.diff.byAge"), r.byAge(), m);
            b.append('\n').append(m.get("draft.diff.changedJobs")).append('\n');
            for (DraftDiff.JobChange j : r.changed()) {
                b.append("  ").append(j.id()).append(" (").append(j.age() == null ? "?" : j.age()).append(", ")
                        .append(j.title() == null ? "" : j.title()).append("): ").append(j.verdictBefore()).append(" -> ")
                        .append(j.verdictAfter()).append('\n');
                j.added().forEach(f -> b.append("      + ").append(finding(f)).append('\n'));
                j.removed().forEach(f -> b.append("      - ").append(finding(f)).append('\n'));
            }
        }
        return b.toString();
    }

    public static String diffJson(DraftDiff.Report r) {
        return JSON.writeValueAsString(r) + "\n";
    }

    /** One self-contained page (inline CSS, no scripts or external resources) to project in a meeting. */
    public static String diffHtml(DraftDiff.Report r, Messages m) {
        String lang = m.locale().getLanguage().isEmpty() ? "en" : m.locale().getLanguage();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(m.get("draft.diff.title"))).append(" — ").append(esc(r.draftId())).append("</title>\n<style>\n")
                .append("body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:20px;line-height:1.4;margin:2em auto;")
                .append("max-width:70em;padding:0 1em;color:#1a1a1a;background:#fff}\n")
                .append("h1{font-size:1.8em;margin:.2em 0}h2{font-size:1.3em;margin-top:1.6em;border-bottom:3px solid #1d4e89}\n")
                .append(".note{background:#fff4d6;border-left:6px solid #e0a800;padding:.5em 1em}\n")
                .append(".big{display:flex;gap:1em;flex-wrap:wrap}.big div{flex:1;min-width:10em;background:#eef3fa;")
                .append("border-radius:8px;padding:.6em 1em}.big b{display:block;font-size:2em;color:#1d4e89}\n")
                .append("table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #c8c8c8;padding:.3em .5em;")
                .append("text-align:left;vertical-align:top}th{background:#1d4e89;color:#fff}tr:nth-child(even) td{background:#f6f6f6}\n")
                .append(".num{text-align:right;white-space:nowrap}.bar{background:#c0392b;height:.8em;display:inline-block}\n")
                .append(".add{color:#1e7b34}.del{color:#b03a2e}.old{color:#b03a2e;text-decoration:line-through}\n")
                .append("@media print{body{font-size:12pt}}\n</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(m.get("draft.diff.title"))).append("</h1>\n<p>").append(esc(compared(r, m)))
                .append("</p>\n<p class=\"note\">").append(esc(m.get("draft.diff.notlaw"))).append("</p>\n");
        b.append("<div class=\"big\">");
        big(b, r.count("added"), m.get("draft.diff.added"));
        big(b, r.count("removed"), m.get("draft.diff.removed"));
        big(b, r.count("changed"), m.get("draft.diff.changed"));
        if (r.corpus() != null) {
            big(b, r.changed().size(), m.get("draft.diff.changedJobs") + " (" + r.jobs() + ")");
        }
        b.append("</div>\n<p>").append(esc(entriesLine(r, m))).append("</p>\n");
        if (r.corpus() != null) {
            b.append("<p>").append(esc(jobsLine(r, m))).append("</p>\n");
            b.append("<h2>").append(esc(m.get("draft.diff.verdicts"))).append("</h2>\n<table><tr><th></th>");
            for (String v : DraftDiff.VERDICTS) {
                b.append("<th>").append(esc(m.get("verdict." + v))).append("</th>");
            }
            b.append("</tr>\n");
            for (String from : DraftDiff.VERDICTS) {
                Map<String, Integer> row = r.verdicts().get(from);
                if (row == null) {
                    continue;
                }
                b.append("<tr><th>").append(esc(m.get("verdict." + from))).append("</th>");
                for (String to : DraftDiff.VERDICTS) {
                    Integer n = row.get(to);
                    b.append("<td class=\"num\">").append(n == null ? "" : from.equals(to) ? n : "<b>" + n + "</b>").append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</table>\n");
            countTable(b, m.get("draft.diff.bySection"), r.bySection(), m);
            countTable(b, m.get("draft.diff.byMajor"), r.byMajorGroup(), m);
            countTable(b, m.get("draft.diff.byAge"), r.byAge(), m);
        }
        entryTable(b, m, r, "added");
        entryTable(b, m, r, "removed");
        entryTable(b, m, r, "changed");
        if (r.corpus() != null && !r.changed().isEmpty()) {
            b.append("<h2>").append(esc(m.get("draft.diff.changedJobs"))).append("</h2>\n<table><tr><th>")
                    .append(esc(m.get("draft.col.job"))).append("</th><th>").append(esc(m.get("draft.col.age")))
                    .append("</th><th>ISIC / ISCO</th><th>").append(esc(m.get("draft.col.verdict"))).append("</th><th>")
                    .append(esc(m.get("draft.col.findings"))).append("</th></tr>\n");
            for (DraftDiff.JobChange j : r.changed()) {
                b.append("<tr><td>").append(esc(j.id())).append("<br><small>").append(esc(j.title() == null ? "" : j.title()))
                        .append("</small></td><td class=\"num\">").append(j.age() == null ? "?" : j.age()).append("</td><td>")
                        .append(esc(nz(j.isic4(), m))).append(" / ").append(esc(nz(j.isco08(), m))).append("</td><td>")
                        .append(esc(m.get("verdict." + j.verdictBefore()))).append(" → <b>")
                        .append(esc(m.get("verdict." + j.verdictAfter()))).append("</b></td><td>");
                j.added().forEach(f -> b.append("<div class=\"add\">+ ").append(esc(finding(f))).append("</div>"));
                j.removed().forEach(f -> b.append("<div class=\"del\">− ").append(esc(finding(f))).append("</div>"));
                b.append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static String compared(DraftDiff.Report r, Messages m) {
        String lang = m.locale().getLanguage().isEmpty() ? "en" : m.locale().getLanguage();
        String draft = r.draftId() + " «" + r.draftTitles().getOrDefault(lang, r.draftTitles().getOrDefault("ru", "")) + "»";
        String base = r.baseList() == null ? "—" : r.baseList() + " «" + r.baseTitles().getOrDefault(lang,
                r.baseTitles().getOrDefault("ru", "")) + "»";
        return m.format("draft.diff.compared", Map.of("draft", draft, "on", r.on().toString(), "base", base));
    }

    private static String entriesLine(DraftDiff.Report r, Messages m) {
        return m.format("draft.diff.entries", Map.of("before", r.entriesBefore(), "after", r.entriesAfter(),
                "added", r.count("added"), "removed", r.count("removed"), "changed", r.count("changed")));
    }

    private static String jobsLine(DraftDiff.Report r, Messages m) {
        return m.format("draft.diff.jobs", Map.of("changed", r.changed().size(), "jobs", r.jobs(), "corpus", r.corpus(),
                "invalid", r.invalid()));
    }

    private static String finding(DraftDiff.FindingKey f) {
        return f.kind() + " (" + f.certainty() + ")" + (f.provision() == null ? "" : " " + f.provision())
                + (f.entry() == null ? "" : " " + f.entry() + " «" + f.label() + "»");
    }

    private static void counts(StringBuilder b, String title, List<DraftDiff.Count> counts, Messages m) {
        b.append('\n').append(title).append('\n');
        for (DraftDiff.Count c : counts) {
            b.append(String.format("  %-3s %5d %5d  %s%n", c.key(), c.jobs(), c.changed(),
                    c.key().equals("?") ? m.get("draft.col.unknown") : c.title()));
        }
    }

    private static void countTable(StringBuilder b, String title, List<DraftDiff.Count> counts, Messages m) {
        int max = counts.stream().mapToInt(DraftDiff.Count::changed).max().orElse(0);
        b.append("<h2>").append(esc(title)).append("</h2>\n<table><tr><th>").append(esc(m.get("draft.col.group")))
                .append("</th><th class=\"num\">").append(esc(m.get("draft.col.jobs"))).append("</th><th class=\"num\">")
                .append(esc(m.get("draft.col.changed"))).append("</th><th></th></tr>\n");
        for (DraftDiff.Count c : counts) {
            String t = c.key().equals("?") ? m.get("draft.col.unknown") : c.title();
            b.append("<tr><td>").append(esc(c.key())).append(t.isEmpty() ? "" : " " + esc(t)).append("</td><td class=\"num\">")
                    .append(c.jobs()).append("</td><td class=\"num\">").append(c.changed()).append("</td><td style=\"width:30%\">")
                    .append(max == 0 || c.changed() == 0 ? "" : "<span class=\"bar\" style=\"width:"
                            + (100 * c.changed() / max) + "%\"></span>").append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void entryTable(StringBuilder b, Messages m, DraftDiff.Report r, String kind) {
        List<DraftDiff.EntryChange> es = r.entries().stream().filter(e -> e.kind().equals(kind)).toList();
        if (es.isEmpty()) {
            return;
        }
        b.append("<h2>").append(esc(m.get("draft.diff." + kind))).append(" (").append(es.size()).append(")</h2>\n<table><tr><th>")
                .append(esc(m.get("draft.col.id"))).append("</th><th>").append(esc(m.get("draft.col.wording"))).append("</th><th>")
                .append(esc(kind.equals("changed") ? m.get("draft.col.field") : m.get("draft.col.gloss"))).append("</th></tr>\n");
        for (DraftDiff.EntryChange e : es) {
            b.append("<tr><td>").append(esc(e.id())).append("</td><td").append(kind.equals("removed") ? " class=\"old\"" : "")
                    .append('>').append(esc(e.label())).append("</td><td>");
            if (kind.equals("changed")) {
                for (Changes.Change c : e.changes()) {
                    b.append("<div><b>").append(esc(c.field())).append("</b>: <span class=\"old\">").append(esc(c.before()))
                            .append("</span> → <span class=\"add\">").append(esc(c.after())).append("</span></div>");
                }
            } else {
                b.append(esc(e.gloss()));
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void big(StringBuilder b, long n, String label) {
        b.append("<div><b>").append(n).append("</b>").append(esc(label)).append("</div>");
    }

    private static String nz(String s, Messages m) {
        return s == null ? m.get("draft.col.unknown") : s;
    }

    static String esc(String s) {
        return org.hazlex.util.Html.escape(s);
    }
}
