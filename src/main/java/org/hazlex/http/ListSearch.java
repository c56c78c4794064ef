package org.hazlex.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazlex.assess.Assessor;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.ListEntry;
import org.hazlex.legislation.ListSection;
import org.hazlex.report.JsonReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Searches the hazardous-work list in force for the page's occupation picker. Every word of the query must occur
 * in an entry's Russian wording (the corrected label and, where it corrects a slip of the copy read, the wording as
 * printed), its English gloss, its id, or (for digits) start one of its ISCO-08 codes. Case and ё/е are ignored.
 * Entries keep the list's own order.
 */
final class ListSearch {
    static final int MAX_LIMIT = 100;

    private final Map<String, List<Indexed>> index = new HashMap<>();

    ListSearch(Assessor assessor) {
        assessor.laws().countries().forEach(cc -> assessor.laws().country(cc).ifPresent(c -> c.lists()
                .forEach(l -> index.put(l.id(), index(l)))));
    }

    private record Indexed(ListEntry entry, String text, List<String> isco) {
    }

    private static List<Indexed> index(HazardList list) {
        List<Indexed> out = new ArrayList<>();
        for (ListEntry e : list.entries().values()) {
            String text = fold(e.getLabel() + " \u0001 " + (e.getPrinted() == null ? "" : e.getPrinted() + " \u0001 ")
                    + e.getGloss() + " \u0001 " + e.getId());
            out.add(new Indexed(e, text, List.copyOf(e.getIsco08().keySet())));
        }
        return out;
    }

    static String fold(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    ObjectNode search(Assessor.LawView view, String q, int limit) {
        ObjectNode o = JsonReport.mapper().createObjectNode();
        o.put("country", view.country().country());
        o.put("on", view.on().toString());
        o.put("query", q == null ? "" : q);
        HazardList list = view.snapshot().list().orElse(null);
        if (list == null) {
            o.putNull("list");
            o.put("total", 0);
            o.putArray("items");
            return o;
        }
        ObjectNode l = o.putObject("list");
        l.put("id", list.id());
        l.put("instrument", list.provision().instrument().citation());
        l.put("article", list.provision().article());
        l.put("complete", list.complete());
        l.put("entries", list.entries().size());
        String[] words = fold(q == null ? "" : q).trim().split("[\\s,;]+");
        Map<String, ListSection> sections = new HashMap<>();
        list.sections().forEach(s -> sections.put(s.id(), s));
        ArrayNode items = o.putArray("items");
        int total = 0;
        for (Indexed e : index.getOrDefault(list.id(), List.of())) {
            if (!matches(e, words)) {
                continue;
            }
            total++;
            if (items.size() < limit) {
                items.add(item(e.entry(), sections.get(e.entry().getSection())));
            }
        }
        o.put("total", total);
        return o;
    }

    private static boolean matches(Indexed e, String[] words) {
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            boolean hit = e.text().contains(w)
                    || (w.chars().allMatch(Character::isDigit) && e.isco().stream().anyMatch(c -> c.startsWith(w)));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode item(ListEntry e, ListSection section) {
        ObjectNode o = JsonReport.mapper().createObjectNode();
        o.put("id", e.getId());
        o.put("label", e.getLabel());
        if (e.getPrinted() != null) {
            o.put("printed", e.getPrinted());
        }
        o.put("gloss", e.getGloss());
        if (section != null) {
            ObjectNode s = o.putObject("section");
            s.put("number", section.number());
            section.titles().forEach(s::put);
        }
        ArrayNode isco = o.putArray("isco08");
        e.getIsco08().keySet().forEach(isco::add);
        ArrayNode hazards = o.putArray("hazards");
        e.getHazards().stream().sorted().forEach(hazards::add);
        return o;
    }
}
