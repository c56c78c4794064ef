package org.hazlex.findings;

import java.util.Map;
import org.hazlex.legislation.ListEntry;
import org.hazlex.legislation.Provision;
import org.hazlex.legislation.Verification;

/**
 * One finding: its kind, certainty, the rule that made it, the provision it cites (with that value's own
 * verification state), limit vs actual with unit where the law sets a number, the list entry where one matched,
 * and a message key with its arguments (the text is rendered from the message bundle in the reader's language).
 */
public record Finding(String kind, Certainty certainty, String rule, Provision provision, Verification verification,
                      Double limit, Double actual, String unit, ListEntry entry, String messageKey,
                      Map<String, Object> args) {

    public Finding {
        args = Map.copyOf(args);
    }
}
