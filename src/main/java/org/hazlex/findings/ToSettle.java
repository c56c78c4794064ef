package org.hazlex.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One reason a result is not decided, and what would settle it (the result's {@code toSettle}): a part of the law
 * that is not encoded ({@code gap}, or the {@code provision} of a list read in part), a fact the job does not give
 * ({@code field}), or a match an assessor must confirm ({@code listEntry} or {@code provision}). The message is
 * rendered in the reader's language from {@code messageKey} and {@code args}.
 */
public record ToSettle(Reason reason, String field, String listEntry, String provision, String gap, String messageKey,
                       Map<String, Object> args) {

    /** Why a result needs review. */
    public enum Reason {
        LAW_NOT_ENCODED, FACT_MISSING, MATCH_TO_CONFIRM;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ToSettle {
        args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /**
     * What would settle a result: one item per suspected finding (per missing field where it names several) and per
     * notice that makes the verdict needs-review, in that order, each once.
     */
    public static List<ToSettle> of(List<Finding> findings, List<Notice> notices) {
        Map<String, ToSettle> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.certainty() != Certainty.SUSPECTED) {
                continue;
            }
            String entry = f.entry() == null ? null : f.entry().getId();
            String provision = f.provision().id();
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("article", f.provision().articles());
            args.put("instrument", f.provision().instrument().citations());
            if (f.entry() != null) {
                args.put("label", f.entry().getLabel());
            }
            Object settle = f.args().get("settle");
            if (settle != null && !settle.toString().isEmpty()) {
                for (String field : settle.toString().split(",")) {
                    Map<String, Object> a = new LinkedHashMap<>(args);
                    a.put("field", field);
                    a.put("listEntry", entry);
                    put(out, new ToSettle(Reason.FACT_MISSING, field, entry, provision, null,
                            entry != null ? "settle.fact-missing.entry" : "settle.fact-missing.finding", a));
                }
            } else if ("hazardous-work.section-not-encoded".equals(f.messageKey())) {
                args.put("section", f.args().get("section"));
                args.put("sectionTitle", f.args().get("sectionTitle"));
                put(out, new ToSettle(Reason.LAW_NOT_ENCODED, null, null, provision, null, "settle.law-not-encoded.section", args));
            } else if (entry != null) {
                args.put("listEntry", entry);
                put(out, new ToSettle(Reason.MATCH_TO_CONFIRM, null, entry, provision, null, "settle.match-to-confirm.entry", args));
            } else if (f.verification() == org.hazlex.legislation.Verification.UNVERIFIED) {
                put(out, new ToSettle(Reason.MATCH_TO_CONFIRM, null, null, provision, null, "settle.match-to-confirm.unverified", args));
            } else {
                args.put("finding", f);
                put(out, new ToSettle(Reason.MATCH_TO_CONFIRM, null, null, provision, null, "settle.match-to-confirm.finding", args));
            }
        }
        for (Notice n : notices) {
            if (!n.review()) {
                continue;
            }
            String gap = n.args().get("gap") == null ? null : n.args().get("gap").toString();
            String provision = n.args().get("provision") == null ? null : n.args().get("provision").toString();
            switch (n.code()) {
                case "fact-missing" -> {
                    String key = switch (String.valueOf(n.messageKey())) {
                        case "warning.fact-missing" -> "settle.fact-missing.limit";
                        case "warning.occupation-missing", "warning.occupation-coarse" -> "settle.fact-missing.section";
                        case "warning.sector-missing" -> "settle.fact-missing.sector";
                        case "warning.list-known-scope.fact-missing" -> "settle.fact-missing.gap";
                        default -> n.messageKey();
                    };
                    put(out, new ToSettle(Reason.FACT_MISSING, n.path(), null, provision, gap, key, n.args()));
                }
                case "law-not-encoded" -> {
                    String key = n.args().containsKey("bounds") ? "settle.law-not-encoded.scope"
                            : n.args().containsKey("requiredTopic") ? "settle.law-not-encoded.topic"
                            : n.args().containsKey("description") ? "settle.law-not-encoded" : n.messageKey();
                    put(out, new ToSettle(Reason.LAW_NOT_ENCODED, null, null, provision, gap, key, n.args()));
                }
                default -> put(out, new ToSettle(Reason.MATCH_TO_CONFIRM, n.path(), null, provision, gap, n.messageKey(),
                        n.args()));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void put(Map<String, ToSettle> out, ToSettle t) {
        out.putIfAbsent(t.reason() + "|" + t.field() + "|" + t.listEntry() + "|" + t.provision() + "|" + t.gap(), t);
    }
}
