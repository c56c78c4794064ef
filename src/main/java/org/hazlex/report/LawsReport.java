package org.hazlex.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hazlex.assess.Assessor.LawView;
import org.hazlex.legislation.Cited;
import org.hazlex.legislation.Extent;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.Instrument;
import org.hazlex.legislation.LawBan;
import org.hazlex.legislation.LawGap;
import org.hazlex.legislation.LawPermission;
import org.hazlex.legislation.LawSanction;
import org.hazlex.legislation.LawValue;
import org.hazlex.legislation.LawWindow;
import org.hazlex.legislation.ListScope;
import org.hazlex.legislation.ListSection;
import org.hazlex.legislation.Provision;
import org.hazlex.legislation.ScopeBound;
import org.hazlex.legislation.Verification;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A country's encoded law as of a date (the {@code laws} command), as JSON or text. */
public final class LawsReport {
    private static final JsonMapper MAPPER = JsonReport.mapper();

    private LawsReport() {
    }

    public static ObjectNode tree(LawView view) {
        ObjectNode o = MAPPER.createObjectNode();
        LocalDate on = view.on();
        o.put("country", view.country().country());
        o.put("on", on.toString());
        ArrayNode ins = o.putArray("instruments");
        for (Instrument i : view.country().instruments().values()) {
            ObjectNode n = ins.addObject();
            n.put("id", i.id());
            n.put("citation", i.citation());
            n.put("kind", i.kind());
            n.put("number", i.number());
            n.put("adopted", i.adopted().toString());
            n.put("validFrom", i.period().from().toString());
            n.put("validTo", i.period().to() == null ? null : i.period().to().toString());
            n.put("inForce", i.period().contains(on));
            ArrayNode src = n.putArray("sources");
            i.sources().forEach(s -> src.addObject().put("url", s.url()).put("kind", s.kind()).put("note", s.note()));
        }
        var snap = view.snapshot();
        o.set("minimumAges", values(snap.values(), "age.adult", "minimum-age.general", "minimum-age.education",
                "minimum-age.by-agreement", "minimum-age.pupil"));
        ArrayNode perms = o.putArray("ageExceptions");
        for (LawPermission p : snap.permissions()) {
            ObjectNode n = perms.addObject();
            n.put("kind", p.getKind());
            cite(n, p);
            notes(n, p.getNotes());
        }
        o.set("hours", values(snap.values(), "hours.daily", "hours.weekly"));
        ArrayNode night = o.putArray("nightWindow");
        for (LawWindow w : snap.windows()) {
            ObjectNode n = night.addObject();
            n.put("from", w.getFrom().toString());
            n.put("to", w.getTo().toString());
            cite(n, w);
        }
        ArrayNode bans = o.putArray("bans");
        for (LawBan b : snap.bans()) {
            ObjectNode n = bans.addObject();
            n.put("activity", b.getActivity());
            n.put("scope", b.getScope());
            cite(n, b);
            notes(n, b.getNotes());
        }
        o.set("loadNorms", values(snap.values(), "load.single", "load.shift-total", "load.heavy-work"));
        o.set("leaveAndMedical", values(snap.values(), "leave.annual", "medical-exam.interval"));
        ObjectNode hl = o.putObject("hazardousList");
        if (snap.list().isPresent()) {
            HazardList l = snap.list().get();
            hl.put("id", l.id());
            hl.put("instrument", l.provision().instrument().citation());
            hl.put("title", l.titles().get("ru"));
            hl.set("provision", provision(l.provision(), l.provision().verification()));
            hl.put("entries", l.entries().size());
            hl.put("officialEntries", l.officialEntries());
            hl.put("complete", l.complete());
            hl.put("reading", "Industry scopes (ISIC Rev.4), extents, terms and qualifiers are our reading of the wording,"
                    + " not the law's words (legislation/README.md, \"How a job meets a list entry\").");
            ArrayNode secs = hl.putArray("sections");
            for (ListSection s : l.sections()) {
                ObjectNode n = secs.addObject();
                n.put("id", s.id());
                n.put("number", s.number());
                n.put("title", s.titles().get("ru"));
                n.put("titleEn", s.titles().get("en"));
                n.put("officialEntries", s.officialEntries());
                n.put("encodedEntries", s.encodedEntries());
                n.put("complete", s.complete());
                ArrayNode scope = n.putArray("isic4");
                s.isic4().forEach(scope::add);
                ArrayNode subs = n.putArray("subsections");
                for (ListSection.ListSubsection ss : s.subsections()) {
                    ObjectNode sn = subs.addObject();
                    sn.put("id", ss.id());
                    sn.put("number", ss.number());
                    sn.put("title", ss.titles().get("ru"));
                    ArrayNode sscope = sn.putArray("isic4");
                    ss.isic4().forEach(sscope::add);
                }
                ObjectNode extents = n.putObject("extents");
                for (Extent x : Extent.values()) {
                    extents.put(x.code(), l.entries().values().stream()
                            .filter(e -> e.getSection().equals(s.id()) && e.getExtent() == x).count());
                }
                n.put("qualified", l.entries().values().stream()
                        .filter(e -> e.getSection().equals(s.id()) && e.isQualified()).count());
                n.put("corrected", l.entries().values().stream()
                        .filter(e -> e.getSection().equals(s.id()) && e.getPrinted() != null).count());
            }
        } else {
            hl.putNull("instrument");
            hl.put("entries", 0);
            hl.put("complete", false);
        }
        ArrayNode scopes = o.putArray("knownScopes");
        for (ListScope ls : view.snapshot().listScopes()) {
            scopes.add(knownScope(ls));
        }
        ArrayNode sanctions = o.putArray("sanctions");
        for (LawSanction x : snap.sanctions()) {
            ObjectNode n = sanctions.addObject();
            n.put("id", x.getId());
            ArrayNode targets = n.putArray("targets");
            x.getTargets().forEach(t -> {
                ObjectNode tn = targets.addObject();
                if (t.kind() != null) {
                    tn.put("kind", t.kind());
                }
                if (t.provision() != null) {
                    tn.put("provision", t.provision());
                }
                notes(tn, t.notes());
            });
            ArrayNode fines = n.putArray("fines");
            x.getFines().forEach(f -> {
                ObjectNode fn = fines.addObject();
                fn.put("liable", f.liable());
                if (f.amount() != null) {
                    fn.put("amount", f.amount());
                } else {
                    fn.put("from", f.from());
                    fn.put("to", f.to());
                }
                fn.put("unit", f.unit());
            });
            cite(n, x);
            notes(n, x.getNotes());
        }
        o.set("coverage", coverage(view));
        return o;
    }

    /** A list known only in part: what bounds its unread entries, each bound with where it comes from. */
    private static ObjectNode knownScope(ListScope ls) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", ls.getId());
        n.put("gap", ls.getGapId());
        n.put("list", ls.getListId());
        n.put("description", ls.getDescription().in("en"));
        cite(n, ls);
        n.put("reading", "The bounds' ISIC, ISCO and term mappings are our reading; a bound of basis regional-reference"
                + " is an inference.");
        ArrayNode bounds = n.putArray("bounds");
        for (ScopeBound b : ls.getBounds()) {
            ObjectNode bn = bounds.addObject();
            bn.put("kind", b.kind().code());
            bn.put("basis", b.basis().code());
            bn.put("verification", b.verification().code());
            if (b.provision() != null) {
                bn.set("provision", provision(b.provision(), b.verification()));
            }
            if (b.source() != null) {
                bn.put("source", b.source());
            }
            if (!b.titles().isEmpty()) {
                bn.put("title", b.titles().get("ru"));
                bn.put("titleEn", b.titles().get("en"));
            }
            if (b.kind() == ScopeBound.Kind.REFERENCE) {
                bn.put("list", b.referenceList());
            } else {
                ArrayNode codes = bn.putArray(switch (b.kind()) {
                    case SECTOR -> "isic4";
                    case OCCUPATION -> "isco08";
                    case HAZARD -> "tags";
                    default -> "terms";
                });
                b.codes().forEach(codes::add);
            }
            notes(bn, b.notes());
        }
        notes(n, ls.getNotes());
        return n;
    }

    /**
     * What is missing, partial or unverified on the date: exactly the gaps the engine holds for it (those of the data
     * and those it derives where a required topic has no value in force), each gap a list scope bounds marked so.
     */
    private static ArrayNode coverage(LawView view) {
        ArrayNode a = MAPPER.createArrayNode();
        for (LawGap g : view.snapshot().gaps()) {
            ObjectNode n = a.addObject();
            n.put("topic", g.getTopic());
            n.put("status", g.getTopic().equals("not-assessed") ? "not-assessed" : "missing");
            n.put("id", g.getId());
            n.put("description", g.getDescription());
            if (g.isDerived()) {
                n.put("derived", g.getDerivedFrom().code());
            }
            view.snapshot().listScopes().stream().filter(s -> s.getGapId().equals(g.getId())).findFirst()
                    .ifPresent(s -> n.put("boundedBy", s.getId()));
        }
        view.snapshot().list().filter(l -> !l.complete()).ifPresent(l -> {
            ObjectNode n = a.addObject();
            n.put("topic", "hazardous-work");
            n.put("status", "partial");
            n.put("id", l.id());
            List<String> missing = l.sections().stream().filter(s -> !s.complete()).map(ListSection::number).toList();
            n.put("description", "Entries of " + l.provision().instrument().citation() + " encoded: " + l.entries().size()
                    + (l.officialEntries() == null ? " (the official text was not seen in full, so the total is unknown)"
                            : " of about " + l.officialEntries()) + ". Sections not encoded in full: "
                    + String.join(", ", missing) + ".");
        });
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (Cited c : allCited(view)) {
            if (c.getVerification() == Verification.UNVERIFIED && seen.add(c.getProvision().id())) {
                ObjectNode n = a.addObject();
                n.put("topic", "verification");
                n.put("status", "unverified");
                n.put("id", c.getProvision().id());
                n.put("description", c.getProvision().instrument().citation() + ", " + c.getProvision().article()
                        + ": taken from a secondary source, not checked against the legal text.");
            }
        }
        return a;
    }

    private static List<Cited> allCited(LawView view) {
        var s = view.snapshot();
        List<Cited> all = new java.util.ArrayList<>();
        all.addAll(s.values());
        all.addAll(s.windows());
        all.addAll(s.bans());
        all.addAll(s.permissions());
        all.addAll(s.clauseTags());
        return all;
    }

    private static ArrayNode values(List<LawValue> values, String... quantities) {
        ArrayNode a = MAPPER.createArrayNode();
        List<String> qs = List.of(quantities);
        for (LawValue v : values) {
            if (!qs.contains(v.getQuantity())) {
                continue;
            }
            ObjectNode n = a.addObject();
            n.put("quantity", v.getQuantity());
            n.put("value", v.getValue());
            n.put("unit", v.getUnit());
            if (v.getAgeFrom() != null) {
                n.put("ageFrom", v.getAgeFrom());
            }
            if (v.getAgeTo() != null) {
                n.put("ageTo", v.getAgeTo());
            }
            for (Map.Entry<String, Object> c : Map.<String, Object>of(
                    "sex", opt(v.getSex()), "frequency", opt(v.getFrequency()), "liftedFrom", opt(v.getLiftedFrom()),
                    "pupilInTerm", opt(v.getPupilInTerm()), "daysPerWeek", opt(v.getDaysPerWeek())).entrySet()) {
                if (c.getValue() instanceof String s && !s.isEmpty()) {
                    n.put(c.getKey(), s);
                } else if (c.getValue() instanceof Boolean b) {
                    n.put(c.getKey(), b);
                } else if (c.getValue() instanceof Integer i) {
                    n.put(c.getKey(), i);
                }
            }
            cite(n, v);
            notes(n, v.getNotes());
        }
        return a;
    }

    private static Object opt(Object o) {
        return o == null ? "" : o;
    }

    private static void cite(ObjectNode n, Cited c) {
        n.put("validFrom", c.getPeriod().from().toString());
        n.put("validTo", c.getPeriod().to() == null ? null : c.getPeriod().to().toString());
        n.set("provision", provision(c.getProvision(), c.getVerification()));
    }

    private static void notes(ObjectNode n, List<String> notes) {
        if (!notes.isEmpty()) {
            ArrayNode a = n.putArray("notes");
            notes.forEach(s -> a.add(s.strip()));
        }
    }

    static ObjectNode provision(Provision p, Verification v) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", p.id());
        o.put("country", p.country());
        o.put("instrument", p.instrument().citation());
        o.put("article", p.article());
        o.put("source", p.source());
        o.put("verification", v.code());
        return o;
    }

    public static String json(LawView view) {
        return MAPPER.writeValueAsString(tree(view)) + "\n";
    }

    /** A readable summary for a terminal. */
    public static String text(LawView view) {
        ObjectNode t = tree(view);
        StringBuilder sb = new StringBuilder();
        sb.append("Law of ").append(t.get("country").asString()).append(" as of ").append(t.get("on").asString()).append("\n\n");
        sb.append("Instruments in force:\n");
        t.get("instruments").forEach(i -> {
            if (i.get("inForce").asBoolean()) {
                sb.append("  ").append(i.get("citation").asString()).append('\n');
            }
        });
        section(sb, "Minimum ages", t.get("minimumAges"));
        section(sb, "Hours", t.get("hours"));
        if (!t.get("nightWindow").isEmpty()) {
            sb.append("\nNight:\n");
            t.get("nightWindow").forEach(w -> sb.append("  ").append(w.get("from").asString()).append("-")
                    .append(w.get("to").asString()).append("  ").append(cite(w)).append('\n'));
        }
        if (!t.get("bans").isEmpty()) {
            sb.append("\nBanned for minors:\n");
            t.get("bans").forEach(b -> sb.append("  ").append(b.get("activity").asString())
                    .append("general".equals(b.get("scope").asString()) ? " (general ban with exceptions)" : "")
                    .append("  ").append(cite(b)).append('\n'));
        }
        section(sb, "Load norms", t.get("loadNorms"));
        section(sb, "Leave and medical examinations", t.get("leaveAndMedical"));
        if (!t.get("sanctions").isEmpty()) {
            sb.append("\nSanctions:\n");
            t.get("sanctions").forEach(x -> {
                List<String> what = new java.util.ArrayList<>();
                x.get("targets").forEach(tg -> what.add(tg.has("kind") ? tg.get("kind").asString()
                        : tg.get("provision").asString()));
                List<String> fines = new java.util.ArrayList<>();
                x.get("fines").forEach(f -> fines.add(f.get("liable").asString() + " "
                        + (f.has("amount") ? Messages.number(f.get("amount").asDouble())
                                : Messages.number(f.get("from").asDouble()) + "-" + Messages.number(f.get("to").asDouble()))
                        + " " + f.get("unit").asString()));
                sb.append("  ").append(String.join(", ", what)).append(": ").append(String.join("; ", fines))
                        .append("  ").append(cite(x)).append('\n');
            });
        }
        var hl = t.get("hazardousList");
        sb.append("\nHazardous-work list: ");
        if (hl.get("instrument").isNull()) {
            sb.append("none encoded\n");
        } else {
            sb.append(hl.get("instrument").asString()).append("\n  entries encoded: ").append(hl.get("entries").asInt())
                    .append(hl.get("officialEntries").isNull() ? " (official total unknown)"
                            : " of about " + hl.get("officialEntries").asInt()).append("; complete: ")
                    .append(hl.get("complete").asBoolean()).append('\n');
        }
        if (!hl.get("instrument").isNull()) {
            sb.append("  ").append(hl.get("reading").asString()).append('\n');
            hl.get("sections").forEach(sec -> {
                List<String> scope = new java.util.ArrayList<>();
                sec.get("isic4").forEach(c -> scope.add(c.asString()));
                sb.append("  ").append(sec.get("number").asString()).append(' ').append(sec.get("title").asString())
                        .append("  ISIC ").append(String.join(" ", scope));
                ObjectNode x = (ObjectNode) sec.get("extents");
                if (x.get("production").asLong() > 0 || x.get("workplace").asLong() > 0) {
                    sb.append("; whole productions ").append(x.get("production").asLong()).append(", workplaces ")
                            .append(x.get("workplace").asLong());
                }
                if (sec.get("qualified").asLong() > 0) {
                    sb.append("; qualified ").append(sec.get("qualified").asLong());
                }
                sb.append('\n');
            });
        }
        for (var ks : t.get("knownScopes")) {
            String cited = cite(ks);
            sb.append("\nKnown scope of a list read only in part (").append(ks.get("id").asString()).append(", bounds gap ")
                    .append(ks.get("gap").asString()).append("; ").append(cited, 1, cited.length() - 1).append("):\n  ")
                    .append(ks.get("description").asString()).append("\n  ").append(ks.get("reading").asString()).append('\n');
            for (var b : ks.get("bounds")) {
                sb.append("  - ").append(b.get("kind").asString());
                if (b.has("titleEn")) {
                    sb.append(" «").append(b.get("title").asString()).append("» (").append(b.get("titleEn").asString()).append(')');
                }
                for (String k : List.of("isic4", "isco08", "tags", "terms")) {
                    if (b.has(k)) {
                        List<String> codes = new java.util.ArrayList<>();
                        b.get(k).forEach(c -> codes.add(c.asString()));
                        sb.append(' ').append(k).append(": ").append(String.join(" ", codes));
                    }
                }
                if (b.has("list")) {
                    sb.append(" list ").append(b.get("list").asString());
                }
                sb.append("  [").append(b.get("basis").asString()).append(", ").append(b.get("verification").asString())
                        .append("; ").append(b.has("provision") ? b.get("provision").get("id").asString()
                                : b.get("source").asString()).append("]\n");
            }
        }
        sb.append("\nCoverage (what is missing, partial or unverified):\n");
        t.get("coverage").forEach(c -> sb.append("  [").append(c.get("status").asString()).append("] ")
                .append(c.get("description").asString())
                .append(c.has("boundedBy") ? " (bounded by the known scope " + c.get("boundedBy").asString() + ")" : "")
                .append('\n'));
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, tools.jackson.databind.JsonNode values) {
        if (values.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append(":\n");
        values.forEach(v -> {
            sb.append("  ").append(v.get("quantity").asString()).append(" = ")
                    .append(Messages.number(v.get("value").asDouble())).append(' ').append(v.get("unit").asString());
            StringBuilder cond = new StringBuilder();
            if (v.has("ageFrom") || v.has("ageTo")) {
                cond.append(" ages ").append(v.has("ageFrom") ? v.get("ageFrom").asInt() : "").append('-')
                        .append(v.has("ageTo") ? v.get("ageTo").asInt() : "");
            }
            for (String k : List.of("sex", "frequency", "liftedFrom", "pupilInTerm", "daysPerWeek")) {
                if (v.has(k)) {
                    cond.append(' ').append(k).append('=').append(v.get(k).asString());
                }
            }
            sb.append(cond).append("  ").append(cite(v)).append('\n');
        });
    }

    private static String cite(tools.jackson.databind.JsonNode n) {
        var p = n.get("provision");
        return "(" + p.get("article").asString() + ", " + p.get("instrument").asString() + "; "
                + p.get("verification").asString() + ")";
    }
}
