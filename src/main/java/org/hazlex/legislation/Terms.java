package org.hazlex.legislation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words of a job's text and of the terms that list entries and list scopes name: lower case, "ё" read as "е", split
 * into runs of letters and digits. A term is one or more words; it occurs in a text where consecutive words of the
 * text start with its words in order ("теплиц" occurs in "в теплице", "полив хлопк" in "полив хлопка").
 */
public final class Terms {

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

    /** A term as the data gives it, normalised and with its words joined by one space (empty when it has no word). */
    public static String term(String raw) {
        return String.join(" ", words(raw));
    }
}
