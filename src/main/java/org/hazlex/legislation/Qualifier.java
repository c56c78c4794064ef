package org.hazlex.legislation;

import java.util.List;
import java.util.Set;

/**
 * The condition an entry's wording puts on its occupation ("занятый …"), as hazard tags and terms (our reading): met
 * by any of those tags the job declares or any of those terms in its title or description.
 */
public record Qualifier(Set<String> hazards, List<String> terms, List<String> notes) {
    public static final Qualifier NONE = new Qualifier(Set.of(), List.of(), List.of());

    public Qualifier {
        hazards = Set.copyOf(hazards);
        terms = List.copyOf(terms);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return hazards.isEmpty() && terms.isEmpty();
    }
}
