package org.hazlex.legislation;

import java.util.List;

/** The legislation data is not valid: every problem found, each naming its file and, where known, its line. */
public final class LegislationException extends RuntimeException {
    private final List<String> problems;

    public LegislationException(List<String> problems) {
        super("legislation data is not valid:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
