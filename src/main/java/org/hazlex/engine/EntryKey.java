package org.hazlex.engine;

import org.hazlex.legislation.ListEntry;

/**
 * An index fact over a list entry so rules join on equality: a tag the entry covers ("covers", with certainty),
 * or an ISCO-08 code it names ("isco08", certainty "confirmed" when exact).
 */
public final class EntryKey {
    private final ListEntry entry;
    private final String kind;
    private final String key;
    private final String certainty;

    public EntryKey(ListEntry entry, String kind, String key, String certainty) {
        this.entry = entry;
        this.kind = kind;
        this.key = key;
        this.certainty = certainty;
    }

    public ListEntry getEntry() { return entry; }
    public String getKind() { return kind; }
    public String getKey() { return key; }
    public String getCertainty() { return certainty; }
}
