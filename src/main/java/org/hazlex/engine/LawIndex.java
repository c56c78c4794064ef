package org.hazlex.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazlex.legislation.Codes;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.LawSnapshot;
import org.hazlex.legislation.ListEntry;
import org.hazlex.legislation.ListScope;
import org.hazlex.legislation.ScopeBound;
import org.hazlex.legislation.Terms;

/**
 * The index facts of one law snapshot (inserted once per rule session, beside the law facts) and the lookups that
 * turn a job into candidate facts (its ISIC and ISCO-08 codes at every level, the terms of its text). This is
 * preparation only: which candidate becomes a match, a note or nothing is decided by the rules.
 */
final class LawIndex {
    private final List<Object> facts = new ArrayList<>();
    /** Every term the rules know (entries, qualifiers, workplace bounds), by its first word. */
    private final Map<String, List<String[]>> termsByFirstWord = new HashMap<>();

    /**
     * @param references the lists the snapshot's list scopes refer to, by id: their entries are indexed as reference
     *     entries (they place a job inside a known scope and are never findings)
     */
    LawIndex(LawSnapshot snapshot, Map<String, HazardList> references) {
        snapshot.list().ifPresent(l -> l.entries().values().forEach(e -> entry(e, false)));
        references.values().forEach(l -> l.entries().values().forEach(e -> entry(e, true)));
        for (ListScope s : snapshot.listScopes()) {
            for (ScopeBound b : s.getBounds()) {
                switch (b.kind()) {
                    case SECTOR -> {
                        Set<String> above = new LinkedHashSet<>();
                        for (String c : b.codes()) {
                            facts.add(new BoundKey(s, b, BoundKey.Kind.SECTOR, c));
                            above.addAll(above(isicPath(c)));
                        }
                        above.removeAll(b.codes());
                        above.forEach(c -> facts.add(new BoundKey(s, b, BoundKey.Kind.SECTOR_ABOVE, c)));
                    }
                    case OCCUPATION -> {
                        Set<String> above = new LinkedHashSet<>();
                        for (String c : b.codes()) {
                            facts.add(new BoundKey(s, b, BoundKey.Kind.OCCUPATION, c));
                            above.addAll(above(prefixes(c, 1)));
                        }
                        above.removeAll(b.codes());
                        above.forEach(c -> facts.add(new BoundKey(s, b, BoundKey.Kind.OCCUPATION_ABOVE, c)));
                    }
                    case HAZARD -> b.codes().forEach(t -> facts.add(new BoundKey(s, b, BoundKey.Kind.HAZARD, t)));
                    case WORKPLACE -> b.codes().forEach(t -> {
                        facts.add(new BoundKey(s, b, BoundKey.Kind.WORKPLACE, t));
                        term(t);
                    });
                    case REFERENCE -> facts.add(new BoundKey(s, b, BoundKey.Kind.REFERENCE, b.referenceList()));
                }
            }
        }
    }

    private void entry(ListEntry e, boolean reference) {
        e.getCovers().forEach((tag, c) -> facts.add(new EntryKey(e, EntryKey.Kind.COVERS, tag, c, reference)));
        Set<String> above = new LinkedHashSet<>();
        e.getIsco08().forEach((code, exact) -> {
            facts.add(new EntryKey(e, EntryKey.Kind.ISCO, code, exact ? "confirmed" : "suspected", reference));
            above.addAll(above(prefixes(code, 1)));
        });
        above.removeAll(e.getIsco08().keySet());
        above.forEach(c -> facts.add(new EntryKey(e, EntryKey.Kind.ISCO_ABOVE, c, "suspected", reference)));
        for (String t : e.getTerms()) {
            facts.add(new EntryKey(e, EntryKey.Kind.TERM, t, "suspected", reference));
            term(t);
        }
        e.getQualifier().hazards().forEach(t -> facts.add(new EntryKey(e, EntryKey.Kind.QUALIFIER_TAG, t, null, reference)));
        for (String t : e.getQualifier().terms()) {
            facts.add(new EntryKey(e, EntryKey.Kind.QUALIFIER_TERM, t, null, reference));
            term(t);
        }
        Set<String> scopeAbove = new LinkedHashSet<>();
        for (String c : e.getScope()) {
            facts.add(new EntryKey(e, EntryKey.Kind.SCOPE, c, null, reference));
            if (!c.equals("*")) {
                scopeAbove.addAll(above(isicPath(c)));
            }
        }
        scopeAbove.removeAll(e.getScope());
        scopeAbove.forEach(c -> facts.add(new EntryKey(e, EntryKey.Kind.SCOPE_ABOVE, c, null, reference)));
    }

    private void term(String t) {
        String[] words = t.split(" ");
        List<String[]> known = termsByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
        if (known.stream().noneMatch(w -> String.join(" ", w).equals(t))) {
            known.add(words);
        }
    }

    /** The index facts. */
    List<Object> facts() {
        return facts;
    }

    /**
     * The known terms that occur in a text: consecutive words of one clause start with the term's words in order, none
     * of them denied by the text ({@link Terms#clauses}).
     */
    Set<String> termsIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Terms.Clause c : Terms.clauses(text)) {
            List<String> words = c.words();
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                for (int n = 1; n <= w.length(); n++) {
                    List<String[]> terms = termsByFirstWord.get(w.substring(0, n));
                    if (terms == null) {
                        continue;
                    }
                    for (String[] t : terms) {
                        if (occursAt(words, i, t) && !denied(c, i, t.length)) {
                            out.add(String.join(" ", t));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean denied(Terms.Clause c, int at, int length) {
        for (int k = at; k < at + length; k++) {
            if (c.denied()[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean occursAt(List<String> words, int at, String[] term) {
        if (at + term.length > words.size()) {
            return false;
        }
        for (int k = 0; k < term.length; k++) {
            if (!words.get(at + k).startsWith(term[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A job's ISIC code at every level, from its section letter to itself ({@code 0113}: A, 01, 011, 0113); a code
     * missing from the shipped code list gives its leading digits.
     */
    static List<String> isicPath(String code) {
        List<String> path = Codes.shared().isicPath(code);
        return path.isEmpty() ? prefixes(code, 2) : path;
    }

    /** The leading parts of a code from {@code min} characters up to the whole code. */
    static List<String> prefixes(String code, int min) {
        List<String> out = new ArrayList<>();
        for (int n = Math.min(min, code.length()); n <= code.length(); n++) {
            out.add(code.substring(0, n));
        }
        return out;
    }

    /** A path without its last element: the coarser codes above a code. */
    private static List<String> above(List<String> path) {
        return path.subList(0, Math.max(0, path.size() - 1));
    }
}
