package org.hazlex.legislation;

import java.util.Map;

/**
 * A text of the legislation data in several languages (an instrument's citation, an article label, a gap's
 * description), keyed by language tag. English ({@code en}) is always present and is the fallback.
 */
public record LocalText(Map<String, String> texts) {

    public LocalText {
        texts = Map.copyOf(texts);
        if (!texts.containsKey("en")) {
            throw new IllegalArgumentException("a legislation text needs its English version: " + texts);
        }
    }

    public static LocalText english(String text) {
        return new LocalText(Map.of("en", text));
    }

    /** The text in a language, or the English text when that language is not given. */
    public String in(String lang) {
        return texts.getOrDefault(lang, texts.get("en"));
    }

    /** Whether the data gives this text in the language itself (not by falling back to English). */
    public boolean has(String lang) {
        return texts.containsKey(lang);
    }

    @Override
    public String toString() {
        return texts.get("en");
    }
}
