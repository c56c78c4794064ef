package org.hazlex.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazlex.findings.Certainty;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Notice;
import org.hazlex.findings.Reading;
import org.hazlex.findings.ToSettle;
import org.hazlex.legislation.LawSanction;
import org.hazlex.legislation.LocalText;

/** Renders findings and notices from the one message bundle ({@code messages*.properties}) in English or Russian. */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(String lang) {
        return new Messages("ru".equals(lang) ? Locale.forLanguageTag("ru") : Locale.ROOT);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message \"" + key + "\" in the " + locale + " bundle", e);
        }
    }

    /** Every message of the bundle, by key in key order (the web page's texts are served from this). */
    public java.util.SortedMap<String, String> all() {
        java.util.SortedMap<String, String> m = new java.util.TreeMap<>();
        for (String k : bundle.keySet()) {
            m.put(k, bundle.getString(k));
        }
        return m;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Map<String, Object> args) {
        return fill(get(key), args);
    }

    /** The finding's message: its template, then the sentences that explain how it was reached. */
    public String finding(Finding f) {
        Map<String, Object> args = new HashMap<>(f.args());
        put(args, "limit", f.limit());
        put(args, "actual", f.actual());
        args.put("unit", f.unit() == null ? "" : f.unit());
        args.put("article", f.provision().articles());
        args.put("instrument", f.provision().instrument().citations());
        String wording = f.provision().wording(lang());
        if (wording != null) {
            args.put("wording", wording);
        }
        if (f.entry() != null) {
            args.put("entryId", f.entry().getId());
            args.put("label", f.entry().getLabel());
            args.put("gloss", f.entry().getGloss());
        }
        if (args.get("tag") instanceof String tag && has("hazard." + tag)) {
            args.put("tag", get("hazard." + tag));
        }
        if (args.get("part") instanceof Integer i) {
            args.put("partNo", i + 1);
        }
        StringBuilder sb = new StringBuilder(format(messageKey(f), args));
        Object via = f.args().get("via");
        if (via != null && has(f.kind() + ".via." + via)) {
            sb.append(' ').append(format(f.kind() + ".via." + via, args));
        }
        if (f.certainty() == Certainty.SUSPECTED && has(f.messageKey() + ".suspected")) {
            sb.append(' ').append(format(f.messageKey() + ".suspected", args));
        }
        Object assumed = f.args().containsKey("assumedFacts") ? f.args().get("assumedFacts") : f.args().get("assumed");
        if (assumed != null) {
            for (String a : assumed.toString().split(",")) {
                sb.append(' ').append(format(f.kind() + ".assumed." + a, args));
            }
        }
        if (f.args().get("readings") instanceof java.util.List<?> readings && !readings.isEmpty()) {
            List<String> parts = new java.util.ArrayList<>();
            for (Object o : readings) {
                parts.add(reading((Reading) o, f.unit()));
            }
            args.put("readings", String.join(", ", parts));
            sb.append(' ').append(format(f.kind() + ".readings." + (f.certainty() == Certainty.CONFIRMED ? "every" : "some"), args));
        }
        return sb.toString();
    }

    /** "20 kg if occasional (alternating with other work)": the limit of one reading of the facts not given. */
    public String reading(Reading r, String unit) {
        List<String> conditions = new java.util.ArrayList<>();
        if (r.sex() != null) {
            conditions.add(get("reading.sex." + r.sex()));
        }
        if (r.frequency() != null) {
            conditions.add(get("reading.frequency." + r.frequency()));
        }
        return format("reading.limit", Map.of("limit", r.limit(), "conditions", String.join(get("reading.and"), conditions)));
    }

    /**
     * The key of a finding's message: a message that quotes its provision's wording ({wording}) falls back to its
     * {@code .unread} variant where the provision's text was not read (no wording is encoded).
     */
    public String messageKey(Finding f) {
        String key = f.messageKey();
        if (f.provision().wording(lang()) == null && get(key).contains("{wording}")) {
            return key + ".unread";
        }
        return key;
    }

    /**
     * A sanction as a reader reads it: "Art. 87(2), Code …: a fine on natural persons of 30 calculation indices; on
     * legal persons of 130 calculation indices".
     */
    public String sanction(LawSanction x) {
        java.util.List<String> fines = new java.util.ArrayList<>();
        for (LawSanction.Fine fine : x.getFines()) {
            Map<String, Object> a = new HashMap<>();
            a.put("liable", get("sanction.liable." + fine.liable()));
            a.put("unit", get("sanction.unit." + fine.unit()));
            if (fine.amount() != null) {
                a.put("amount", fine.amount());
                fines.add(format("sanction.fine.amount", a));
            } else {
                a.put("from", fine.from());
                a.put("to", fine.to());
                fines.add(format("sanction.fine.range", a));
            }
        }
        return format("sanction.text", Map.of("article", x.getProvision().articles(),
                "instrument", x.getProvision().instrument().citations(), "fines", String.join("; ", fines)));
    }

    public String notice(Notice n) {
        if (n.messageKey() == null) {
            return String.valueOf(n.args().get("text"));
        }
        Map<String, Object> args = n.args();
        if (args.get("requiredTopic") instanceof String t && has("required." + t)) {
            args = new HashMap<>(args);
            args.put("requiredTopic", get("required." + t));
        }
        return format(n.messageKey(), args);
    }

    /** What would settle one reason a result is not decided (a result's {@code toSettle}), in this bundle's language. */
    public String settle(ToSettle t) {
        Map<String, Object> args = new HashMap<>();
        t.args().forEach((k, v) -> {
            if (v != null) {
                args.put(k, v);
            }
        });
        if (args.get("finding") instanceof Finding f) {
            args.put("message", finding(f));
        }
        if (args.get("requiredTopic") instanceof String topic && has("required." + topic)) {
            args.put("requiredTopic", get("required." + topic));
        }
        return format(t.messageKey(), args);
    }

    /** What to change to comply, for a finding kind. */
    public String remedy(String kind) {
        return has("remedy." + kind) ? get("remedy." + kind) : "";
    }

    private static void put(Map<String, Object> args, String key, Double v) {
        if (v != null) {
            args.put(key, v);
        }
    }

    private String fill(String template, Map<String, Object> args) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object v = args.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "{" + m.group(1) + "}" : text(v)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The language of this bundle's texts: {@code ru} or {@code en}. */
    public String lang() {
        return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }

    /** An argument as text: legislation texts in this bundle's language, numbers without a needless ".0". */
    public String text(Object v) {
        return v instanceof LocalText t ? t.in(lang()) : number(v);
    }

    /** 24.0 prints as 24, 2.5 as 2.5 (2,5 in Russian). */
    static String number(Object v) {
        if (v instanceof Double d) {
            String s = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return s;
        }
        return String.valueOf(v);
    }
}
