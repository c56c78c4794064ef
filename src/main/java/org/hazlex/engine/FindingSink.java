package org.hazlex.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazlex.findings.Certainty;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Notice;
import org.hazlex.legislation.Cited;
import org.hazlex.legislation.LawGap;
import org.hazlex.legislation.LawSanction;
import org.hazlex.legislation.LawValue;
import org.hazlex.legislation.ListEntry;
import org.hazlex.legislation.ListSector;
import org.hazlex.legislation.Provision;
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
        add(ctx, s, c, v, v.getValue(), actual, v.getUnit(), null, args.toArray(),
                a.getPart() == null ? "" : "#" + a.getPart().getKind() + a.getPart().getIndex());
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
        Object[] args = m.getTag() == null ? new Object[] {"via", m.getVia()} : new Object[] {"via", m.getVia(), "tag", m.getTag()};
        add(ctx, m.getSubject(), Certainty.of(m.getCertainty()), e, null, null, null, e, args, "#" + e.getId());
    }

    /** A fact that decides a rule is missing: the verdict becomes needs-review. Cites the law fact it would need. */
    public void missing(Object drools, Subject s, Cited law, String path) {
        RuleContext ctx = context(drools);
        Provision p = law.getProvision();
        notice(s, new Notice("fact-missing", path, true, "warning.fact-missing",
                toMap(new Object[] {"field", path, "article", p.articles(), "instrument", p.instrument().citations()})));
    }

    /**
     * The job's sector falls under a list section, but the job names no occupation or list item to check against
     * it: the verdict becomes needs-review.
     */
    public void occupationMissing(Subject s, ListSector sector) {
        notice(s, new Notice("fact-missing", "job.isco08", true, "warning.occupation-missing",
                toMap(new Object[] {"field", "job.isco08", "isic4", s.getIsic4(), "section", sector.getSection().number(),
                        "sectionTitle", sector.getSection().titles().get("ru"), "instrument",
                        sector.getProvision().instrument().citations()})));
    }

    /** A part of the law the job could turn on is not encoded: the verdict becomes needs-review. */
    public void gap(Subject s, LawGap g) {
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
        return List.copyOf(notices.getOrDefault(s, Map.of()).values());
    }

    void clear() {
        findings.clear();
        notices.clear();
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
