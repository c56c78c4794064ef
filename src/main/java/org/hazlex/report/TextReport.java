package org.hazlex.report;

import java.util.List;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Notice;
import org.hazlex.findings.Result;
import org.hazlex.findings.ToSettle;

/** Results as plain text for a person at a terminal, in the bundle's language. */
public final class TextReport {
    private final Messages m;

    public TextReport(Messages messages) {
        this.m = messages;
    }

    public String render(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        for (Result r : results) {
            sb.append(r.id()).append(": ").append(m.get("verdict." + r.verdict().code()).toUpperCase(m.locale()));
            if (r.country() != null) {
                sb.append("  (").append(r.country());
                if (r.assessedOn() != null) {
                    sb.append(", ").append(r.assessedOn());
                }
                sb.append(')');
            }
            sb.append('\n');
            for (Finding f : r.findings()) {
                sb.append("  - [").append(f.kind()).append(", ").append(m.get("certainty." + f.certainty().code()))
                        .append("] ").append(m.finding(f)).append('\n');
                sb.append("      ").append(f.provision().instrument().citation(m.lang())).append(", ").append(f.provision().article(m.lang()))
                        .append(" (").append(m.get("word." + f.verification().code())).append(")\n");
                sb.append("      ").append(m.get("word.source")).append(": ").append(f.provision().source()).append('\n');
                String remedy = m.remedy(f.kind());
                if (!remedy.isEmpty()) {
                    sb.append("      -> ").append(remedy).append('\n');
                }
                f.sanctions().forEach(x -> sb.append("      ").append(m.get("word.sanction")).append(": ")
                        .append(m.sanction(x)).append('\n'));
            }
            for (Notice n : r.warnings()) {
                sb.append("  ! ").append(n.path() == null || n.path().isEmpty() ? "" : n.path() + ": ")
                        .append(m.notice(n)).append('\n');
            }
            List<ToSettle> settle = r.toSettle();
            if (!settle.isEmpty()) {
                sb.append("  ").append(m.get("word.to-settle")).append(":\n");
                settle.forEach(t -> sb.append("    ? [").append(t.reason().code()).append("] ")
                        .append(m.settle(t)).append('\n'));
            }
            r.errors().forEach(e -> sb.append("  x ").append(e.path() == null || e.path().isEmpty() ? "" : e.path() + ": ")
                    .append(e.message()).append('\n'));
        }
        return sb.toString();
    }
}
