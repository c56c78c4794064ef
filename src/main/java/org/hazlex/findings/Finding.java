package org.hazlex.findings;

import java.util.List;
import java.util.Map;
import org.hazlex.legislation.LawSanction;
import org.hazlex.legislation.ListEntry;
import org.hazlex.legislation.Provision;
import org.hazlex.legislation.Verification;

/**
 * One finding: its kind, certainty, the rule that made it, the provision it cites (with that value's own
 * verification state), limit vs actual with unit where the law sets a number, the list entry where one matched,
 * a message key with its arguments (the text is rendered from the message bundle in the reader's language), and the
 * sanctions the law in force attaches to such a finding (e.g. a fine under a code of offences).
 */
public record Finding(String kind, Certainty certainty, String rule, Provision provision, Verification verification,
                      Double limit, Double actual, String unit, ListEntry entry, String messageKey,
                      Map<String, Object> args, List<LawSanction> sanctions) {

    public Finding {
        args = Map.copyOf(args);
        sanctions = sanctions == null ? List.of() : List.copyOf(sanctions);
    }

    /** A finding without sanctions. */
    public Finding(String kind, Certainty certainty, String rule, Provision provision, Verification verification,
                   Double limit, Double actual, String unit, ListEntry entry, String messageKey,
                   Map<String, Object> args) {
        this(kind, certainty, rule, provision, verification, limit, actual, unit, entry, messageKey, args, List.of());
    }

    /** This finding carrying {@code sanctions}. */
    public Finding withSanctions(List<LawSanction> sanctions) {
        return new Finding(kind, certainty, rule, provision, verification, limit, actual, unit, entry, messageKey, args,
                sanctions);
    }
}
