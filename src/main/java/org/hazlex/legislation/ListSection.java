package org.hazlex.legislation;

import java.util.List;
import java.util.Map;

/**
 * A section of a hazardous-work list. {@code officialEntries} is how many entries the official text has (null when
 * the text was not seen in full); {@code encodedEntries} how many are encoded. {@code isic4} holds our mapping of
 * the section to sectors (its industry scope; {@code *} for every branch).
 */
public record ListSection(String id, String number, Map<String, String> titles, Integer officialEntries,
                          int encodedEntries, List<String> isic4, List<ListSubsection> subsections) {

    public boolean complete() {
        return officialEntries != null && encodedEntries >= officialEntries;
    }

    /** A subsection heading, with its industry scope where it narrows its section's (empty otherwise). */
    public record ListSubsection(String id, String number, Map<String, String> titles, List<String> isic4) {
        public ListSubsection {
            isic4 = List.copyOf(isic4);
        }
    }
}
