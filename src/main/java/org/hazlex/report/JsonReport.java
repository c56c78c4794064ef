package org.hazlex.report;

import java.util.List;
import org.hazlex.domain.Problem;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Notice;
import org.hazlex.findings.Result;
import org.hazlex.findings.ToSettle;
import org.hazlex.legislation.LawSanction;
import org.hazlex.legislation.Provision;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Results as JSON (contract section 2): one object per job, an array for several. */
public final class JsonReport {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    private final Messages messages;

    public JsonReport(Messages messages) {
        this.messages = messages;
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** A single result as an object when there is exactly one, otherwise an array. */
    public String render(List<Result> results) {
        JsonNode node = results.size() == 1 ? tree(results.get(0)) : array(results);
        return MAPPER.writeValueAsString(node) + "\n";
    }

    /** One result on one line (JSON Lines). */
    public String line(Result r) {
        return COMPACT.writeValueAsString(tree(r));
    }

    public ArrayNode array(List<Result> results) {
        ArrayNode a = MAPPER.createArrayNode();
        results.forEach(r -> a.add(tree(r)));
        return a;
    }

    public ObjectNode tree(Result r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", r.id());
        o.put("country", r.country());
        o.put("assessedOn", r.assessedOn() == null ? null : r.assessedOn().toString());
        o.put("verdict", r.verdict().code());
        ArrayNode fs = o.putArray("findings");
        r.findings().forEach(f -> fs.add(finding(f)));
        ArrayNode ws = o.putArray("warnings");
        r.warnings().forEach(w -> ws.add(notice(w)));
        List<ToSettle> settle = r.toSettle();
        if (!settle.isEmpty()) {
            ArrayNode ts = o.putArray("toSettle");
            settle.forEach(t -> ts.add(toSettle(t)));
        }
        if (!r.errors().isEmpty()) {
            ArrayNode es = o.putArray("errors");
            r.errors().forEach(e -> es.add(problem(e)));
        }
        return o;
    }

    private ObjectNode finding(Finding f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", f.kind());
        o.put("certainty", f.certainty().code());
        if (f.limit() != null) {
            o.put("limit", f.limit());
        }
        if (f.actual() != null) {
            o.put("actual", f.actual());
        }
        if (f.unit() != null) {
            o.put("unit", f.unit());
        }
        ObjectNode provision = provision(f.provision(), f);
        provision.put("citation", InspectionReport.cite(f, messages));
        String wording = f.provision().wording(messages.lang());
        if (wording != null) {
            provision.put("wording", wording);
        }
        o.set("provision", provision);
        if (f.entry() != null) {
            ObjectNode e = o.putObject("listEntry");
            e.put("id", f.entry().getId());
            e.put("label", f.entry().getLabel());
            e.put("gloss", f.entry().getGloss());
            if (f.args().get("via") != null) {
                e.put("matchedBy", f.args().get("via").toString());
            }
        }
        o.put("rule", f.rule());
        o.put("message", messages.finding(f));
        o.put("remedy", messages.remedy(f.kind()));
        if (!f.sanctions().isEmpty()) {
            ArrayNode ss = o.putArray("sanctions");
            for (LawSanction x : f.sanctions()) {
                ObjectNode n = ss.addObject();
                n.put("id", x.getId());
                ObjectNode p = provision(x.getProvision(), x.getVerification());
                p.put("citation", x.getProvision().article(messages.lang()) + ", "
                        + x.getProvision().instrument().citation(messages.lang()));
                n.set("provision", p);
                ArrayNode fines = n.putArray("fines");
                for (LawSanction.Fine fine : x.getFines()) {
                    ObjectNode fn = fines.addObject();
                    fn.put("liable", fine.liable());
                    if (fine.amount() != null) {
                        fn.put("amount", fine.amount());
                    } else {
                        fn.put("from", fine.from());
                        fn.put("to", fine.to());
                    }
                    fn.put("unit", fine.unit());
                }
                n.put("text", messages.sanction(x));
            }
        }
        return o;
    }

    private static ObjectNode provision(Provision p, Finding f) {
        return provision(p, f.verification());
    }

    private static ObjectNode provision(Provision p, org.hazlex.legislation.Verification v) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", p.id());
        o.put("country", p.country());
        o.put("instrument", p.instrument().citation());
        o.put("article", p.article());
        o.put("source", p.source());
        o.put("verification", v.code());
        return o;
    }

    private ObjectNode notice(Notice n) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", n.code());
        if (n.path() != null && !n.path().isEmpty()) {
            o.put("path", n.path());
        }
        o.put("review", n.review());
        if (n.args().get("gap") != null) {
            o.put("gap", n.args().get("gap").toString());
        }
        o.put("message", messages.notice(n));
        return o;
    }

    /** One reason the result is not decided: {reason, field?, listEntry?, provision?, gap?, message}. */
    private ObjectNode toSettle(ToSettle t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("reason", t.reason().code());
        if (t.field() != null) {
            o.put("field", t.field());
        }
        if (t.listEntry() != null) {
            o.put("listEntry", t.listEntry());
        }
        if (t.provision() != null) {
            o.put("provision", t.provision());
        }
        if (t.gap() != null) {
            o.put("gap", t.gap());
        }
        o.put("message", messages.settle(t));
        return o;
    }

    private static ObjectNode problem(Problem p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", p.code());
        o.put("path", p.path());
        o.put("message", p.message());
        return o;
    }

    /** Parses JSON text (for tests and adapters that compare results). */
    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

}
