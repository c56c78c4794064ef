package org.hazlex.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazlex.findings.Certainty;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Notice;
import org.hazlex.findings.Reading;
import org.hazlex.legislation.Cited;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.LawGap;
import org.hazlex.legislation.LawSanction;
import org.hazlex.legislation.LawValue;
import org.hazlex.legislation.ListEntry;
import org.hazlex.legislation.ListScope;
import org.hazlex.legislation.ListSector;
import org.hazlex.legislation.LocalText;
import org.hazlex.legislation.Provision;
import org.hazlex.legislation.ScopeBound;
import org.hazlex.legislation.Verification;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Collects what the rules find for the jobs in one session. Each rule's metadata gives the finding's kind
 * ({@code @kind}) and optionally a message key ({@code @message}); the citation comes from the law fact the rule
 * used. Country rules also name the provisions they implement ({@code @provision}, space-separated). One sink per session,
 * so never shared between threads.
 */
public final class FindingSink {
    private final Map<String, Provision> provisions;
    private final Map<Subject, Map<String, Finding>> findings = new LinkedHashMap<>();
    private final Map<Subject, Map<String, Notice>> notices = new LinkedHashMap<>();
    /** Entries the job's occupation or text also names, outside its sector: one note per job, made when asked for. */
    private final Map<Subject, Map<String, ListEntry>> alsoListed = new LinkedHashMap<>();
    private final Map<Subject, Map<String, List<LawSanction>>> sanctions = new LinkedHashMap<>();
    private boolean sanctionsInForce;

    FindingSink(Map<String, Provision> provisions) {
        this.provisions = provisions;
    }

    /** A limit was exceeded: limit and unit come from the applicable value. */
    public void exceeds(Object drools, Subject s, Applies a, double actual) {
        RuleContext ctx = context(drools);
        LawValue v = a.getLimit();
        Certainty c = a.isCertain() ? Certainty.CONFIRMED : Certainty.SUSPECTED;
        List<Object> args = new ArrayList<>(List.of("age", s.getAge()));
        if (!a.getFit().getAssumed().isEmpty()) {
            args.add("assumed");
            args.add(String.join(",", a.getFit().getAssumed()));
        }
        if (a.getPart() != null) {
            args.add("part");
            args.add(a.getPart().getIndex());
        }
        if (c == Certainty.SUSPECTED && !a.getFit().getUndecided().isEmpty()) {
            args.add("settle");
            args.add(String.join(",", a.getFit().getUndecided()));
        }
        add(ctx, s, c, v, v.getValue(), actual, v.getUnit(), null, args.toArray(),
                a.getPart() == null ? "" : "#" + a.getPart().getKind() + a.getPart().getIndex());
    }

    /**
     * A load above its norm where facts the norm turns on (sex, frequency) are not given: {@code all} are the norms
     * that apply under some reading of those facts. Above the norm on every reading ({@code a} is the most lenient
     * of them): the finding is as certain as the norm applies; on some readings only ({@code a} is the strictest):
     * it is to confirm, and names the facts that would settle it. Either way it carries the limit of each reading.
     */
    public void exceedsOnReadings(Object drools, Subject s, Applies a, double actual, List<?> all, boolean everyReading) {
        RuleContext ctx = context(drools);
        LawValue v = a.getLimit();
        SubjectPart part = a.getPart();
        List<Object> args = new ArrayList<>(List.of("age", s.getAge(), "part", part.getIndex()));
        java.util.Set<String> assumed = new java.util.LinkedHashSet<>();
        for (Object o : all) {
            assumed.addAll(((Applies) o).getFit().getAssumed());
        }
        if (!assumed.isEmpty()) {
            List<Reading> readings = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Object o : all) {
                LawValue r = ((Applies) o).getLimit();
                Reading reading = new Reading(r.getValue(), assumed.contains("sex") ? r.getSex() : null,
                        assumed.contains("frequency") ? r.getFrequency() : null);
                if (seen.add(reading.toString())) {
                    readings.add(reading);
                }
            }
            readings.sort(java.util.Comparator.comparingDouble(Reading::limit).reversed()
                    .thenComparing(r -> String.valueOf(r.sex())).thenComparing(r -> String.valueOf(r.frequency())));
            args.add("readings");
            args.add(List.copyOf(readings));
            args.add("assumedFacts");
            args.add(String.join(",", assumed));
        }
        Certainty c = everyReading && a.isCertain() ? Certainty.CONFIRMED : Certainty.SUSPECTED;
        if (!everyReading) {
            List<String> settle = new ArrayList<>();
            if (assumed.contains("sex")) {
                settle.add("worker.sex");
            }
            if (assumed.contains("frequency")) {
                settle.add((part.getKind().equals("load") ? "loads[" : "shiftTotals[") + part.getIndex() + "].frequency");
            }
            args.add("settle");
            args.add(String.join(",", settle));
        }
        add(ctx, s, c, v, v.getValue(), actual, v.getUnit(), null, args.toArray(), "#" + part.getKind() + part.getIndex());
    }

    /** A finding citing a law fact, with an optional limit and actual value. */
    public void found(Object drools, Subject s, String certainty, Cited law, Double limit, Double actual, String unit,
                      Object... args) {
        RuleContext ctx = context(drools);
        add(ctx, s, Certainty.of(certainty), law, limit, actual, unit, null, args, java.util.Arrays.toString(args));
    }

    /** A finding citing the country rule's own {@code @provision} (for country rules that use no single law fact). */
    public void found(Object drools, Subject s, String certainty, Object... args) {
        RuleContext ctx = context(drools);
        Provision p = ruleProvision(ctx.getRule());
        Certainty c = atMost(Certainty.of(certainty), p.verification());
        Finding f = new Finding(meta(ctx.getRule(), "kind"), c, ctx.getRule().getName(), p,
                p.verification(), null, null, null, null, messageKey(ctx.getRule()), toMap(args));
        String key = ctx.getRule().getName() + "|" + p.id() + "|" + java.util.Arrays.toString(args);
        put(s, key, f);
        announce(ctx, s, key, f);
    }

    /** A hazardous-list entry matched. Several matches of one entry give one finding, the most certain. */
    public void match(Object drools, ListMatch m) {
        RuleContext ctx = context(drools);
        ListEntry e = m.getEntry();
        List<Object> args = new ArrayList<>(List.of("via", m.getVia().code()));
        if (m.getTag() != null) {
            args.add(m.getVia() == ListMatch.Via.COVERS ? "tag" : "key");
            args.add(m.getTag());
        }
        if (m.getSettle() != null) {
            args.add("settle");
            args.add(m.getSettle());
        }
        if (e.isQualified()) {
            args.add("qualified");
            args.add(Boolean.TRUE);
        }
        add(ctx, m.getSubject(), Certainty.of(m.getCertainty()), e, null, null, null, e, args.toArray(), "#" + e.getId());
    }

    /**
     * The job's occupation code or a term of its text names an entry, but the job's sector lies outside the entry's
     * scope and the job does not name the work its wording qualifies: not a finding, a note ("also appears in …"),
     * one per job for all such entries.
     */
    public void alsoListed(Subject s, ListEntry e) {
        alsoListed.computeIfAbsent(s, k -> new LinkedHashMap<>()).putIfAbsent(e.getId(), e);
    }

    /**
     * A list known only in part: the job lies inside its known scope ({@code in}: the bounds it falls in), so the
     * list's gap matters to it: needs-review, naming the bounds an assessor must check.
     */
    public void knownScopeGap(Subject s, LawGap g, ListScope scope, List<?> in) {
        java.util.Map<String, String> en = new LinkedHashMap<>();
        java.util.Map<String, String> ru = new LinkedHashMap<>();
        List<String> entries = new ArrayList<>();
        for (Object o : in) {
            InKnownScope k = (InKnownScope) o;
            ScopeBound b = k.getBound();
            String id = b == null ? "item:" + k.getKey() : b.kind().code() + ":" + b.title("en");
            if (b != null && b.kind() == ScopeBound.Kind.REFERENCE) {
                entries.add(k.getKey());
                continue;
            }
            en.putIfAbsent(id, b == null ? k.getKey() : b.title("en") + " (" + b.kind().code() + ")");
            ru.putIfAbsent(id, b == null ? k.getKey() : b.title("ru"));
        }
        if (!entries.isEmpty()) {
            en.put("reference", "entries " + String.join(", ", entries) + " of the regional reference list");
            ru.put("reference", "пункты " + String.join(", ", entries) + " регионального образца");
        }
        notice(s, new Notice("law-not-encoded", null, true, "warning.list-known-scope.inside",
                toMap(new Object[] {"gap", g.getId(), "listScope", scope.getId(), "description", g.getDescriptions(),
                    "provision", scope.getProvision().id(), "instrument", scope.getProvision().instrument().citations(),
                    "bounds", new LocalText(Map.of("en", String.join("; ", en.values()), "ru", String.join("; ", ru.values()))),
                    "referenceEntries", String.join(",", entries)})));
    }

    /** A list known only in part, the job outside its known bounds but lacking {@code field}, which would place it. */
    public void knownScopeMissing(Subject s, LawGap g, ListScope scope, String field) {
        notice(s, new Notice("fact-missing", field, true, "warning.list-known-scope.fact-missing",
                toMap(new Object[] {"field", field, "gap", g.getId(), "listScope", scope.getId(),
                    "provision", scope.getProvision().id(), "instrument", scope.getProvision().instrument().citations()})));
    }

    /**
     * A list known only in part, the job outside everything known of it: not a reason for review, a note that says
     * so (the verdict may be compliant).
     */
    public void outsideKnownScope(Subject s, LawGap g, ListScope scope) {
        notice(s, new Notice("list-outside-known-scope", null, false, "warning.list-known-scope.outside",
                toMap(new Object[] {"gap", g.getId(), "listScope", scope.getId(), "provision", scope.getProvision().id(),
                    "instrument", scope.getProvision().instrument().citations(), "description", scope.getDescription()})));
    }

    /** A list of whole productions (entries of extent production) is in force, but the job's sector is not given. */
    public void sectorMissing(Subject s, HazardList l) {
        notice(s, new Notice("fact-missing", "job.isic4", true, "warning.sector-missing",
                toMap(new Object[] {"field", "job.isic4", "provision", l.provision().id(),
                    "instrument", l.provision().instrument().citations()})));
    }

    /** A fact that decides a rule is missing: the verdict becomes needs-review. Cites the law fact it would need. */
    public void missing(Object drools, Subject s, Cited law, String path) {
        context(drools);
        Provision p = law.getProvision();
        notice(s, new Notice("fact-missing", path, true, "warning.fact-missing",
                toMap(new Object[] {"field", path, "article", p.articles(), "instrument", p.instrument().citations(),
                    "provision", p.id()})));
    }

    /**
     * The job's sector falls under a list section, but the job names no occupation or list item to check against
     * it: the verdict becomes needs-review.
     */
    public void occupationMissing(Subject s, ListSector sector) {
        notice(s, new Notice("fact-missing", "job.isco08", true,
                s.getIsco08() == null ? "warning.occupation-missing" : "warning.occupation-coarse",
                toMap(new Object[] {"field", "job.isco08", "isco08", s.getIsco08(), "isic4", s.getIsic4(),
                        "section", sector.getSection().number(),
                        "sectionTitle", sector.getSection().titles().get("ru"), "instrument",
                        sector.getProvision().instrument().citations(), "provision", sector.getProvision().id(),
                        "possible", sector.isPossible()})));
    }

    /** A part of the law the job could turn on is not encoded: the verdict becomes needs-review. */
    public void gap(Subject s, LawGap g) {
        if (g.isDerived()) {
            notice(s, new Notice("law-not-encoded", null, true, "warning.topic-not-encoded",
                    toMap(new Object[] {"gap", g.getId(), "topic", g.getTopic(), "requiredTopic", g.getDerivedFrom().code(),
                        "description", g.getDescriptions()})));
            return;
        }
        notice(s, new Notice("law-not-encoded", null, true, "warning.law-not-encoded",
                toMap(new Object[] {"gap", g.getId(), "topic", g.getTopic(), "description", g.getDescriptions()})));
    }

    /** Information that does not change the verdict. */
    public void note(Subject s, String code, Object... args) {
        notice(s, new Notice(code, null, false, "warning." + code, toMap(args)));
    }

    /**
     * The firing rule's context: rules pass {@code drools}, which is a {@code RuleContext} both when built from DRL
     * at run time and in the executable model (where its declared type is {@code org.drools.model.Drools}).
     */
    private static RuleContext context(Object drools) {
        if (drools instanceof RuleContext rc) {
            return rc;
        }
        throw new IllegalArgumentException("rules must pass drools to the sink, not " + drools);
    }

    private void add(RuleContext ctx, Subject s, Certainty c, Cited law, Double limit, Double actual, String unit,
                     ListEntry entry, Object[] args, String discriminator) {
        Rule rule = ctx.getRule();
        Provision p = law.getProvision();
        Verification v = law.getVerification();
        Finding f = new Finding(meta(rule, "kind"), atMost(c, v), rule.getName(), p, v, limit, actual, unit, entry,
                messageKey(rule), toMap(args));
        String key = entry != null ? "entry|" + entry.getId() : rule.getName() + "|" + p.id() + discriminator;
        put(s, key, f);
        announce(ctx, s, key, f);
    }

    /** Whether the law of this session attaches sanctions to findings (else no {@link Found} fact is inserted). */
    void sanctionsInForce(boolean inForce) {
        this.sanctionsInForce = inForce;
    }

    /** Tells the rules that a finding was recorded, so that a sanction rule can attach what the law attaches to it. */
    private void announce(RuleContext ctx, Subject s, String key, Finding f) {
        if (sanctionsInForce) {
            ctx.insertLogical(new Found(s, key, f.kind(), f.provision().id()));
        }
    }

    /** The law attaches {@code sanction} to the finding {@code found} stands for (called by the sanction rule). */
    public void sanction(Found found, LawSanction sanction) {
        List<LawSanction> list = sanctions.computeIfAbsent(found.getSubject(), k -> new LinkedHashMap<>())
                .computeIfAbsent(found.getKey(), k -> new ArrayList<>());
        if (!list.contains(sanction)) {
            list.add(sanction);
        }
    }

    /** Law taken from a secondary source was not checked against the legal text: an assessor confirms. */
    private static Certainty atMost(Certainty c, Verification v) {
        return v == Verification.UNVERIFIED ? Certainty.SUSPECTED : c;
    }

    private void put(Subject s, String key, Finding f) {
        Map<String, Finding> m = findings.computeIfAbsent(s, k -> new LinkedHashMap<>());
        Finding old = m.get(key);
        if (old == null || (old.certainty() == Certainty.SUSPECTED && f.certainty() == Certainty.CONFIRMED)) {
            m.put(key, f);
        }
    }

    private void notice(Subject s, Notice n) {
        notices.computeIfAbsent(s, k -> new LinkedHashMap<>()).putIfAbsent(n.code() + "|" + n.path() + "|" + n.args(), n);
    }

    List<Finding> findings(Subject s) {
        Map<String, List<LawSanction>> attached = sanctions.getOrDefault(s, Map.of());
        List<Finding> out = new ArrayList<>();
        findings.getOrDefault(s, Map.of()).forEach((key, f) ->
                out.add(attached.containsKey(key) ? f.withSanctions(attached.get(key)) : f));
        return List.copyOf(out);
    }

    List<Notice> notices(Subject s) {
        List<Notice> out = new ArrayList<>(notices.getOrDefault(s, Map.of()).values());
        Map<String, ListEntry> also = alsoListed.getOrDefault(s, Map.of());
        if (!also.isEmpty()) {
            ListEntry first = also.values().iterator().next();
            out.add(new Notice("also-listed", null, false, "warning.also-listed", toMap(new Object[] {
                "entries", String.join(", ", also.keySet()), "count", also.size(),
                "instrument", first.getProvision().instrument().citations(), "isic4", s.getIsic4()})));
        }
        return List.copyOf(out);
    }

    void clear() {
        findings.clear();
        notices.clear();
        alsoListed.clear();
        sanctions.clear();
    }

    private Provision ruleProvision(Rule rule) {
        String ids = meta(rule, "provision");
        for (String id : ids.split("\\s+")) {
            Provision p = provisions.get(id);
            if (p != null) {
                return p;
            }
        }
        throw new IllegalStateException("rule \"" + rule.getName() + "\" names no known provision: " + ids);
    }

    static String meta(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        if (v == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key + " metadata");
        }
        return v.toString();
    }

    private static String messageKey(Rule rule) {
        return Optional.ofNullable(rule.getMetaData().get("message")).map(Object::toString)
                .orElse(meta(rule, "kind"));
    }

    private static Map<String, Object> toMap(Object[] args) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i + 1] != null) {
                m.put(args[i].toString(), args[i + 1]);
            }
        }
        return m;
    }
}
