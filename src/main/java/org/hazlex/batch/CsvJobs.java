package org.hazlex.batch;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The flat CSV layout of a job (contract section 1): one row per job, one column per field, named by the field's
 * JSON path ({@code worker.age}, {@code schedule.start}). Each row is turned into the job object the JSON intake
 * reads, so a CSV job is checked by exactly the same code, and an error names the column by its field path.
 *
 * <p>An empty cell is an absent field. Lists ({@code job.listItems}, {@code job.hazards}) are separated by
 * {@code ;}. {@code loads} is {@code kg:frequency;...} ({@code 25:occasional;8:constant}, frequency optional),
 * {@code shiftTotals} is {@code kg:liftedFrom;...} ({@code 300:floor}). Booleans are {@code true} or {@code false}.
 * A cell that is not of its column's type is passed on as text, so the intake reports it with the field path.
 * A column not in the layout becomes a field at that path, which the intake reports as unknown.
 */
public final class CsvJobs {

    enum Type { TEXT, NUMBER, BOOL, LIST, LOADS, TOTALS }

    /** The columns of the layout, in the order {@code hazlex batch} documents and writes them. */
    public static final Map<String, Type> COLUMNS = columns();

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CsvJobs() {
    }

    private static Map<String, Type> columns() {
        Map<String, Type> m = new java.util.LinkedHashMap<>();
        for (String c : List.of("id", "country", "assessedOn", "worker.birthDate")) {
            m.put(c, Type.TEXT);
        }
        m.put("worker.age", Type.NUMBER);
        m.put("worker.sex", Type.TEXT);
        m.put("worker.inEducation", Type.BOOL);
        m.put("worker.parentalConsent", Type.BOOL);
        m.put("worker.preEmploymentMedicalExam", Type.BOOL);
        m.put("worker.lastMedicalExamOn", Type.TEXT);
        for (String c : List.of("job.title", "job.isco08", "job.isic4")) {
            m.put(c, Type.TEXT);
        }
        m.put("job.listItems", Type.LIST);
        m.put("job.hazards", Type.LIST);
        m.put("job.description", Type.TEXT);
        for (String c : List.of("job.creativeWork", "job.businessTrips", "job.rotationWork", "job.fullMaterialLiability",
                "job.recalledFromLeave", "job.secondJob")) {
            m.put(c, Type.BOOL);
        }
        m.put("job.annualLeaveDays", Type.NUMBER);
        m.put("loads", Type.LOADS);
        m.put("shiftTotals", Type.TOTALS);
        for (String c : List.of("schedule.hoursPerDay", "schedule.hoursPerWeek", "schedule.daysPerWeek")) {
            m.put(c, Type.NUMBER);
        }
        m.put("schedule.start", Type.TEXT);
        m.put("schedule.end", Type.TEXT);
        m.put("schedule.overtimeHoursPerWeek", Type.NUMBER);
        for (String c : List.of("schedule.worksOnRestDays", "schedule.schoolTerm", "schedule.summarisedAccounting")) {
            m.put(c, Type.BOOL);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Turns one row (cells under their header names) into a job object for the JSON intake. */
    public static ObjectNode job(List<String> header, List<String> cells) {
        ObjectNode job = NODES.objectNode();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String column = header.get(i).trim();
            String[] path = column.split("\\.", -1);
            ObjectNode parent = job;
            for (int p = 0; p < path.length - 1; p++) {
                JsonNode child = parent.get(path[p]);
                parent = child instanceof ObjectNode o ? o : parent.putObject(path[p]);
            }
            parent.set(path[path.length - 1], value(COLUMNS.getOrDefault(column, Type.TEXT), cell.trim()));
        }
        return job;
    }

    private static JsonNode value(Type type, String cell) {
        return switch (type) {
            case TEXT -> NODES.stringNode(cell);
            case NUMBER -> number(cell);
            case BOOL -> cell.equalsIgnoreCase("true") ? NODES.booleanNode(true)
                    : cell.equalsIgnoreCase("false") ? NODES.booleanNode(false) : NODES.stringNode(cell);
            case LIST -> {
                ArrayNode a = NODES.arrayNode();
                for (String s : cell.split(";")) {
                    if (!s.isBlank()) {
                        a.add(s.trim());
                    }
                }
                yield a;
            }
            case LOADS -> pairs(cell, "frequency");
            case TOTALS -> pairs(cell, "liftedFrom");
        };
    }

    private static JsonNode number(String cell) {
        if (!NUMBER.matcher(cell).matches()) {
            return NODES.stringNode(cell);
        }
        return cell.indexOf('.') < 0 && cell.length() < 10 ? NODES.numberNode(Integer.parseInt(cell))
                : NODES.numberNode(new java.math.BigDecimal(cell));
    }

    private static ArrayNode pairs(String cell, String second) {
        ArrayNode a = NODES.arrayNode();
        for (String item : cell.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] kv = item.trim().split(":", 2);
            ObjectNode o = a.addObject();
            o.set("kg", number(kv[0].trim()));
            if (kv.length > 1 && !kv[1].isBlank()) {
                o.put(second, kv[1].trim());
            }
        }
        return a;
    }
}
