package org.hazlex.legislation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words of a job's text and of the terms that list entries and list scopes name: lower case, "ё" read as "е", split
 * into runs of letters and digits. A term is one or more words; it occurs in a text where consecutive words of the
 * text start with its words in order ("теплиц" occurs in "в теплице", "полив хлопк" in "полив хлопка").
 *
 * <p>A text names work it denies ("алкоголь в магазине не продаётся", "у плиты не работает", "no pesticides"): a
 * clause (the text between . ; : ! ? and line breaks) holding a negation (не, нет, ни, no, not, never, none, and the
 * like; "не более", "no more than" and other bounds of a quantity are no negation) names none of its words, and a
 * word at most three words after "без" or "without" is denied too.
 */
public final class Terms {
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("не", "нет", "ни", "no", "not", "never",
            "none", "cannot", "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "emas", "yoq");
    private static final java.util.Set<String> WITHOUT = java.util.Set.of("без", "without");
    /** Words after which "не" or "no" bounds a quantity instead of denying ("не более 4 кг"). */
    private static final java.util.Set<String> BOUNDS = java.util.Set.of("более", "менее", "больше", "меньше",
            "свыше", "позднее", "позже", "ранее", "раньше", "реже", "чаще", "старше", "моложе", "more", "less",
            "later", "earlier", "over", "under", "longer", "shorter");

    private Terms() {
    }

    /** Lower case, "ё" as "е". */
    public static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** The words of a text, normalised, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String s = normalise(text);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /**
     * The clauses of a text, each as its words with those the text denies marked (see the class comment): element
     * {@code i} of {@link Clause#denied()} says whether word {@code i} is denied.
     */
    public static List<Clause> clauses(String text) {
        List<Clause> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[.;:!?\\n\\r]+")) {
            List<String> words = words(part);
            if (words.isEmpty()) {
                continue;
            }
            boolean negated = false;
            for (int i = 0; i < words.size(); i++) {
                if (NEGATIONS.contains(words.get(i))
                        && !(i + 1 < words.size() && BOUNDS.contains(words.get(i + 1)))) {
                    negated = true;
                }
            }
            boolean[] denied = new boolean[words.size()];
            for (int i = 0; i < words.size(); i++) {
                denied[i] |= negated;
                if (WITHOUT.contains(words.get(i))) {
                    for (int k = i + 1; k <= i + 3 && k < words.size(); k++) {
                        denied[k] = true;
                    }
                }
            }
            out.add(new Clause(words, denied));
        }
        return out;
    }

    /** One clause of a text: its words and whether the text denies each. */
    public record Clause(List<String> words, boolean[] denied) {
    }

    /** A term as the data gives it, normalised and with its words joined by one space (empty when it has no word). */
    public static String term(String raw) {
        return String.join(" ", words(raw));
    }
}
