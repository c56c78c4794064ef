package org.hazlex.legislation;

import java.util.Locale;

/**
 * What a list entry covers (our reading of its wording): an occupation it names, all work in a production or branch
 * (a job inside its scope is on it), or all work at a workplace or in an activity narrower than any ISIC code (placed
 * there only by a named item, a covering tag or a term of the job's text).
 */
public enum Extent {
    OCCUPATION, PRODUCTION, WORKPLACE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The extent of a data code; null (an entry that does not say) is {@link #OCCUPATION}. */
    public static Extent of(String code) {
        return code == null ? OCCUPATION : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
