package org.hazlex.findings;

import java.util.Map;

/**
 * A warning on a result: about the input (an unknown field, a defaulted date), a deciding fact that is missing,
 * or a part of the law that is not encoded. {@code review} notices make the verdict needs-review.
 */
public record Notice(String code, String path, boolean review, String messageKey, Map<String, Object> args) {

    public Notice {
        args = Map.copyOf(args);
    }

    /** A warning about the input itself; its text (English) is kept as given, under the key {@code text}. */
    public static Notice input(org.hazlex.domain.Problem p) {
        return new Notice(p.code(), p.path(), false, null, Map.of("text", p.message()));
    }
}
