package org.hazlex.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hazlex.domain.Problem;
import org.hazlex.domain.Frequency;
import org.hazlex.domain.HazardTags;
import org.hazlex.domain.Job;
import org.hazlex.domain.JobInfo;
import org.hazlex.domain.LiftedFrom;
import org.hazlex.domain.Load;
import org.hazlex.domain.Schedule;
import org.hazlex.domain.Sex;
import org.hazlex.domain.ShiftTotal;
import org.hazlex.domain.Worker;
import org.hazlex.legislation.Codes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads job descriptions (contract section 1) into {@link Submission}s: one job, an array of jobs, or a
 * worksite whose {@code country} and {@code assessedOn} its jobs inherit. Errors and warnings name the
 * field path. Input is strict: an unknown field, a hazard tag outside the vocabulary and an ISCO-08 or ISIC Rev.4 code
 * missing from the code lists are errors (with a suggestion where one is close), which make the job invalid; nothing
 * is guessed or silently dropped.
 */
public final class JobReader {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern ISCO = Pattern.compile("[0-9]{1,4}");
    private static final Pattern ISIC = Pattern.compile("[A-U]|[0-9]{2,4}");
    private static final Pattern HHMM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private static final Set<String> JOB_FIELDS = Set.of(
            "id", "country", "assessedOn", "worker", "job", "loads", "shiftTotals", "schedule");
    private static final Set<String> WORKER_FIELDS = Set.of(
            "birthDate", "age", "sex", "inEducation", "parentalConsent", "preEmploymentMedicalExam",
            "lastMedicalExamOn", "name");
    private static final Set<String> JOBINFO_FIELDS = Set.of(
            "title", "isco08", "isic4", "listItems", "hazards", "description", "creativeWork", "businessTrips",
            "rotationWork", "fullMaterialLiability", "recalledFromLeave", "secondJob", "annualLeaveDays");
    private static final Set<String> LOAD_FIELDS = Set.of("kg", "frequency");
    private static final Set<String> TOTAL_FIELDS = Set.of("kg", "liftedFrom");
    private static final Set<String> SCHEDULE_FIELDS = Set.of(
            "hoursPerDay", "hoursPerWeek", "daysPerWeek", "start", "end", "overtimeHoursPerWeek",
            "worksOnRestDays", "schoolTerm", "summarisedAccounting");
    private static final Set<String> WORKSITE_FIELDS = Set.of(
            "id", "name", "address", "employer", "inspectors", "country", "assessedOn", "inspectionDate");
    /** Every field of a job by its path from the job (loads and shift totals by their element's fields). */
    private static final Map<String, Set<String>> FIELDS_BY_OBJECT = Map.of("", JOB_FIELDS, "worker.", WORKER_FIELDS,
            "job.", JOBINFO_FIELDS, "schedule.", SCHEDULE_FIELDS, "loads[].", LOAD_FIELDS, "shiftTotals[].", TOTAL_FIELDS);

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final Clock clock;

    public JobReader(Clock clock) {
        this.clock = clock;
    }

    /** The result of reading one input: its submissions in input order, and the worksite if it was one. */
    public record Read(List<Submission> submissions, Worksite worksite) {
    }

    /** Reads one input (a file or standard input) named {@code source} in messages. Never throws on bad input. */
    public Read read(String source, InputStream in) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JacksonException e) {
            return new Read(List.of(unreadable(source, e, 0)), Worksite.NONE);
        } catch (RuntimeException e) {
            return new Read(List.of(failed(source, "could not read the input: " + e.getMessage())), Worksite.NONE);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Read(List.of(failed(source, "the input is empty: expected a job object, an array of jobs or a worksite")),
                    Worksite.NONE);
        }
        return readTree(source, root);
    }

    /** Reads a JSON text that holds exactly one job (a line of a JSONL file). */
    public Submission readLine(String source, String line) {
        return readLine(source, line, 1);
    }

    /**
     * Reads line {@code lineNumber} of a JSONL file, which holds exactly one job; a JSON syntax error names that
     * line (and the column) rather than line 1 of the text.
     */
    public Submission readLine(String source, String line, long lineNumber) {
        try {
            JsonNode node = mapper.readTree(line);
            if (node == null || !node.isObject()) {
                return failed(source, "expected one job object on this line");
            }
            return readJob(source, node, "", Worksite.NONE);
        } catch (JacksonException e) {
            return unreadable(source, e, lineNumber - 1);
        }
    }

    public Read readTree(String source, JsonNode root) {
        List<Submission> out = new ArrayList<>();
        if (root.isArray()) {
            if (root.isEmpty()) {
                out.add(failed(source, "the array holds no jobs"));
            }
            for (int i = 0; i < root.size(); i++) {
                JsonNode n = root.get(i);
                String path = "[" + i + "]";
                if (!n.isObject()) {
                    out.add(failedAt(source + path, path, "expected a job object"));
                } else {
                    out.add(readJob(source + path, n, path + ".", Worksite.NONE));
                }
            }
            return new Read(out, Worksite.NONE);
        }
        if (!root.isObject()) {
            return new Read(List.of(failed(source, "expected a job object, an array of jobs or a worksite")), Worksite.NONE);
        }
        if (root.has("worksite") || (root.has("jobs") && !root.has("worker"))) {
            return readWorksite(source, root);
        }
        out.add(readJob(source, root, "", Worksite.NONE));
        return new Read(out, Worksite.NONE);
    }

    private Read readWorksite(String source, JsonNode root) {
        Fields site = new Fields("worksite.");
        JsonNode ws = root.path("worksite");
        Worksite worksite = Worksite.NONE;
        if (!ws.isMissingNode() && !ws.isObject()) {
            site.error("worksite", "must be an object");
        } else if (ws.isObject()) {
            site.unknown(ws, WORKSITE_FIELDS);
            String country = site.country(ws, "country");
            LocalDate assessedOn = site.date(ws, "assessedOn");
            LocalDate inspectionDate = site.date(ws, "inspectionDate");
            if (assessedOn == null) {
                assessedOn = inspectionDate;
            }
            worksite = new Worksite(site.string(ws, "id"), site.string(ws, "name"), site.string(ws, "address"),
                    site.string(ws, "employer"), site.strings(ws, "inspectors"), country, assessedOn, inspectionDate);
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!e.getKey().equals("worksite") && !e.getKey().equals("jobs")) {
                Fields top = new Fields("");
                top.unknown(root, Set.of("worksite", "jobs"));
                site.errors.addAll(top.errors);
                break;
            }
        }
        List<Submission> out = new ArrayList<>();
        JsonNode jobs = root.path("jobs");
        if (!jobs.isArray() || jobs.isEmpty()) {
            Fields f = new Fields("");
            f.errors.addAll(site.errors);
            f.error("jobs", jobs.isArray() ? "the worksite lists no jobs" : "must be an array of jobs");
            out.add(new Submission(source, worksite.country(), worksite.assessedOn(), null, f.errors, site.warnings));
            return new Read(out, worksite);
        }
        for (int i = 0; i < jobs.size(); i++) {
            JsonNode n = jobs.get(i);
            String path = "jobs[" + i + "]";
            Submission s = n.isObject()
                    ? readJob(source + "#" + path, n, path + ".", worksite)
                    : failedAt(source + "#" + path, path, "expected a job object");
            if (!site.errors.isEmpty() || (i == 0 && !site.warnings.isEmpty())) {
                List<Problem> errors = new ArrayList<>(site.errors);
                errors.addAll(s.errors());
                List<Problem> warnings = new ArrayList<>(i == 0 ? site.warnings : List.of());
                warnings.addAll(s.warnings());
                s = new Submission(s.id(), s.country(), s.assessedOn(), errors.isEmpty() ? s.job() : null, errors, warnings);
            }
            out.add(s);
        }
        return new Read(out, worksite);
    }

    private Submission readJob(String source, JsonNode n, String prefix, Worksite site) {
        Fields f = new Fields(prefix);
        f.unknown(n, JOB_FIELDS);
        String id = f.string(n, "id");
        if (id == null) {
            id = source;
            if (!n.has("id")) {
                f.warn("id-missing", "id", "no id given; the result is named after where the job was found: " + source);
            }
        }
        String country = f.country(n, "country");
        if (country == null && !n.has("country")) {
            country = site.country();
            if (country == null) {
                f.error("country", "required: an ISO 3166-1 alpha-2 code such as TJ (or give it on the worksite)");
            }
        }
        LocalDate assessedOn = f.date(n, "assessedOn");
        if (assessedOn == null && !n.has("assessedOn")) {
            assessedOn = site.assessedOn();
            if (assessedOn == null) {
                assessedOn = LocalDate.now(clock);
                f.warn("assessed-on-defaulted", "assessedOn", "not given: the law in force today (" + assessedOn + ") was applied");
            }
        }

        Worker worker = null;
        JsonNode w = n.path("worker");
        if (w.isMissingNode()) {
            f.error("worker", "required: the worker's birthDate or age");
        } else if (!w.isObject()) {
            f.error("worker", "must be an object");
        } else {
            worker = readWorker(f.nested("worker"), w, assessedOn);
        }

        JobInfo info = readJobInfo(f.nested("job"), n.path("job"));
        List<Load> loads = readLoads(f, n.path("loads"));
        List<ShiftTotal> totals = readTotals(f, n.path("shiftTotals"));
        Schedule schedule = readSchedule(f.nested("schedule"), n.path("schedule"));

        if (!f.errors.isEmpty()) {
            return new Submission(id, country, assessedOn, null, f.errors, f.warnings);
        }
        Job job = new Job(id, country, assessedOn, worker, info, loads, totals, schedule);
        return new Submission(id, country, assessedOn, job, f.errors, f.warnings);
    }

    private Worker readWorker(Fields f, JsonNode w, LocalDate assessedOn) {
        f.unknown(w, WORKER_FIELDS);
        LocalDate birth = f.date(w, "birthDate");
        Integer age = f.integer(w, "age", 0, 120);
        if (birth == null && age == null && !w.has("birthDate") && !w.has("age")) {
            f.error("birthDate", "required: give the worker's birthDate or age");
        }
        if (birth != null && assessedOn != null) {
            if (birth.isAfter(assessedOn)) {
                f.error("birthDate", "is after the assessment date " + assessedOn);
            } else if (age != null) {
                int computed = org.hazlex.domain.Ages.ageOn(birth, assessedOn);
                if (computed != age) {
                    f.warn("age-mismatch", "age", "is " + age + " but the birth date gives " + computed
                            + " on " + assessedOn + "; the birth date was used");
                }
            }
        }
        Sex sex = null;
        String s = f.string(w, "sex");
        if (s != null) {
            sex = Sex.fromCode(s);
            if (sex == null) {
                f.error("sex", "must be \"female\" or \"male\", not \"" + s + "\"");
            }
        }
        return new Worker(birth, age, sex, f.bool(w, "inEducation"), f.bool(w, "parentalConsent"),
                f.bool(w, "preEmploymentMedicalExam"), f.date(w, "lastMedicalExamOn"), f.string(w, "name"));
    }

    private JobInfo readJobInfo(Fields f, JsonNode j) {
        if (j.isMissingNode() || j.isNull()) {
            return new JobInfo(null, null, null, List.of(), Set.of(), null, null, null, null, null, null, null, null);
        }
        if (!j.isObject()) {
            f.error("", "must be an object");
            return null;
        }
        f.unknown(j, JOBINFO_FIELDS);
        String isco = f.string(j, "isco08");
        if (isco != null && !ISCO.matcher(isco).matches()) {
            f.error("isco08", "must be an ISCO-08 code of 1 to 4 digits, not \"" + isco + "\"");
        } else if (isco != null && !Codes.shared().isco(isco)) {
            f.error("isco08", "\"" + isco + "\" is not an ISCO-08 code (no such group in the ISCO-08 structure)");
        }
        String isic = f.string(j, "isic4");
        if (isic != null && !ISIC.matcher(isic).matches()) {
            f.error("isic4", "must be an ISIC Rev.4 section letter or a code of 2 to 4 digits, not \"" + isic + "\"");
        } else if (isic != null && !Codes.shared().isic(isic)) {
            f.error("isic4", "\"" + isic + "\" is not an ISIC Rev.4 code (no such section, division, group or class)");
        }
        List<String> items = f.strings(j, "listItems");
        List<String> tags = f.strings(j, "hazards");
        Set<String> hazards = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            if (!HazardTags.CORE.contains(t)) {
                String near = nearest(t, HazardTags.CORE);
                f.errors.add(new Problem("unknown-hazard", f.path("hazards[" + i + "]"), "\"" + t
                        + "\" is not in the hazard vocabulary" + (near == null ? " (see the contract's core hazard vocabulary)"
                        : "; did you mean \"" + near + "\"?")));
            } else {
                hazards.add(t);
            }
        }
        return new JobInfo(f.string(j, "title"), isco, isic, items, hazards, f.string(j, "description"),
                f.bool(j, "creativeWork"), f.bool(j, "businessTrips"), f.bool(j, "rotationWork"),
                f.bool(j, "fullMaterialLiability"), f.bool(j, "recalledFromLeave"), f.bool(j, "secondJob"),
                f.integer(j, "annualLeaveDays", 0, 366));
    }

    private List<Load> readLoads(Fields f, JsonNode arr) {
        List<Load> loads = new ArrayList<>();
        if (arr.isMissingNode() || arr.isNull()) {
            return loads;
        }
        if (!arr.isArray()) {
            f.error("loads", "must be an array of {\"kg\", \"frequency\"}");
            return loads;
        }
        for (int i = 0; i < arr.size(); i++) {
            Fields lf = f.nested("loads[" + i + "]");
            JsonNode l = arr.get(i);
            if (!l.isObject()) {
                lf.error("", "must be an object {\"kg\", \"frequency\"}");
                continue;
            }
            lf.unknown(l, LOAD_FIELDS);
            Double kg = lf.decimal(l, "kg", 0, 1000);
            if (kg == null && !l.has("kg")) {
                lf.error("kg", "required: the mass in kilograms");
            }
            Frequency freq = null;
            String fr = lf.string(l, "frequency");
            if (fr != null) {
                freq = Frequency.fromCode(fr);
                if (freq == null) {
                    lf.error("frequency", "must be \"occasional\" or \"constant\", not \"" + fr + "\"");
                }
            }
            if (kg != null) {
                loads.add(new Load(kg, freq));
            }
        }
        return loads;
    }

    private List<ShiftTotal> readTotals(Fields f, JsonNode arr) {
        List<ShiftTotal> totals = new ArrayList<>();
        if (arr.isMissingNode() || arr.isNull()) {
            return totals;
        }
        if (!arr.isArray()) {
            f.error("shiftTotals", "must be an array of {\"kg\", \"liftedFrom\"}");
            return totals;
        }
        for (int i = 0; i < arr.size(); i++) {
            Fields tf = f.nested("shiftTotals[" + i + "]");
            JsonNode t = arr.get(i);
            if (!t.isObject()) {
                tf.error("", "must be an object {\"kg\", \"liftedFrom\"}");
                continue;
            }
            tf.unknown(t, TOTAL_FIELDS);
            Double kg = tf.decimal(t, "kg", 0, 100000);
            if (kg == null && !t.has("kg")) {
                tf.error("kg", "required: the total mass moved in the shift, in kilograms");
            }
            String lf = tf.string(t, "liftedFrom");
            LiftedFrom from = lf == null ? null : LiftedFrom.fromCode(lf);
            if (lf == null && !t.has("liftedFrom")) {
                tf.error("liftedFrom", "required: \"surface\" or \"floor\"");
            } else if (lf != null && from == null) {
                tf.error("liftedFrom", "must be \"surface\" or \"floor\", not \"" + lf + "\"");
            }
            if (kg != null && from != null) {
                totals.add(new ShiftTotal(kg, from));
            }
        }
        return totals;
    }

    private Schedule readSchedule(Fields f, JsonNode s) {
        if (s.isMissingNode() || s.isNull()) {
            return Schedule.NONE;
        }
        if (!s.isObject()) {
            f.error("", "must be an object");
            return Schedule.NONE;
        }
        f.unknown(s, SCHEDULE_FIELDS);
        Double perDay = f.decimal(s, "hoursPerDay", 0, 24);
        Double perWeek = f.decimal(s, "hoursPerWeek", 0, 168);
        Integer days = f.integer(s, "daysPerWeek", 1, 7);
        LocalTime start = f.time(s, "start");
        LocalTime end = f.time(s, "end");
        if ((start == null) != (end == null) && !f.hasErrorAt("start") && !f.hasErrorAt("end")) {
            f.error(start == null ? "start" : "end", "give both start and end, or neither");
        }
        if (start != null && start.equals(end)) {
            f.error("end", "equals start (" + start + "): give the times the work begins and ends");
        }
        return new Schedule(perDay, perWeek, days, start, end, f.decimal(s, "overtimeHoursPerWeek", 0, 168),
                f.bool(s, "worksOnRestDays"), f.bool(s, "schoolTerm"), f.bool(s, "summarisedAccounting"));
    }

    /**
     * The name in {@code known} nearest to {@code name} (ignoring case), if it is near enough to be a slip: one that
     * starts with it or that it starts with (three letters at least), else at most two edits, or a third of its length.
     */
    static String nearest(String name, Set<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        String n = name.toLowerCase(java.util.Locale.ROOT);
        for (String k : new java.util.TreeSet<>(known)) {
            String lk = k.toLowerCase(java.util.Locale.ROOT);
            if (n.length() >= 3 && (lk.startsWith(n) || n.startsWith(lk))) {
                return k;
            }
            int d = distance(n, lk);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best != null && bestD <= Math.max(2, name.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Submission unreadable(String source, JacksonException e, long lineOffset) {
        TokenStreamLocation loc = e.getLocation();
        String where = loc == null ? "" : "line " + (loc.getLineNr() + lineOffset) + ", column " + loc.getColumnNr();
        String msg = e.getOriginalMessage();
        int cut = msg == null ? -1 : msg.indexOf('\n');
        if (cut > 0) {
            msg = msg.substring(0, cut);
        }
        return new Submission(source, null, null, null,
                List.of(new Problem("unreadable-json", where, "not valid JSON: " + msg)), List.of());
    }

    private static Submission failed(String source, String message) {
        return failedAt(source, "", message);
    }

    private static Submission failedAt(String source, String path, String message) {
        return new Submission(source, null, null, null, List.of(new Problem("invalid", path, message)), List.of());
    }

    /** Reads typed fields of one object, collecting problems under a path prefix. */
    private static final class Fields {
        private final String prefix;
        private final List<Problem> errors;
        private final List<Problem> warnings;

        Fields(String prefix) {
            this(prefix, new ArrayList<>(), new ArrayList<>());
        }

        private Fields(String prefix, List<Problem> errors, List<Problem> warnings) {
            this.prefix = prefix;
            this.errors = errors;
            this.warnings = warnings;
        }

        Fields nested(String name) {
            return new Fields(prefix + name + ".", errors, warnings);
        }

        String path(String field) {
            if (field.isEmpty()) {
                return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
            }
            return prefix + field;
        }

        void error(String field, String message) {
            errors.add(new Problem("invalid-field", path(field), message));
        }

        boolean hasErrorAt(String field) {
            String p = path(field);
            return errors.stream().anyMatch(e -> e.path().equals(p));
        }

        void warn(String code, String field, String message) {
            warnings.add(new Problem(code, path(field), message));
        }

        /** Every field of {@code obj} that is not {@code known} is an error, with the nearest known field as a hint. */
        void unknown(JsonNode obj, Set<String> known) {
            for (String name : obj.propertyNames()) {
                if (!known.contains(name)) {
                    String hint = suggestion(name, known);
                    errors.add(new Problem("unknown-field", path(name),
                            "unknown field" + (hint == null ? "" : "; did you mean " + hint + "?")));
                }
            }
        }

        /** The known field nearest to a misspelt one (as a path), or where a field of that name lives elsewhere. */
        private String suggestion(String name, Set<String> known) {
            String near = nearest(name, known);
            if (near != null) {
                return path(near);
            }
            String base = objectBase();
            for (Map.Entry<String, Set<String>> e : FIELDS_BY_OBJECT.entrySet()) {
                for (String f : e.getValue()) {
                    if (f.equalsIgnoreCase(name) && base != null && !e.getValue().equals(known)) {
                        return base + e.getKey().replace("[]", "[0]") + f;
                    }
                }
            }
            return null;
        }

        /** The path of the job this object belongs to ({@code [2].} of {@code [2].job.}), or null for a worksite. */
        private String objectBase() {
            if (prefix.startsWith("worksite.")) {
                return null;
            }
            String p = prefix;
            for (String obj : List.of("worker.", "job.", "schedule.")) {
                if (p.endsWith(obj)) {
                    return p.substring(0, p.length() - obj.length());
                }
            }
            java.util.regex.Matcher m = Pattern.compile("(loads|shiftTotals)\\[\\d+]\\.$").matcher(p);
            return m.find() ? p.substring(0, m.start()) : p;
        }

        private JsonNode present(JsonNode obj, String field) {
            JsonNode v = obj.get(field);
            return v == null || v.isNull() ? null : v;
        }

        String string(JsonNode obj, String field) {
            JsonNode v = present(obj, field);
            if (v == null) {
                return null;
            }
            if (!v.isString()) {
                error(field, "must be a string");
                return null;
            }
            String s = v.stringValue().strip();
            if (s.isEmpty()) {
                error(field, "must not be empty");
                return null;
            }
            return s;
        }

        List<String> strings(JsonNode obj, String field) {
            JsonNode v = present(obj, field);
            List<String> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (!v.isArray()) {
                error(field, "must be an array of strings");
                return out;
            }
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (!e.isString() || e.stringValue().isBlank()) {
                    error(field + "[" + i + "]", "must be a non-empty string");
                } else {
                    out.add(e.stringValue().strip());
                }
            }
            return out;
        }

        String country(JsonNode obj, String field) {
            String c = string(obj, field);
            if (c != null && !COUNTRY.matcher(c).matches()) {
                error(field, "must be an ISO 3166-1 alpha-2 code in capitals such as TJ, not \"" + c + "\"");
                return null;
            }
            return c;
        }

        LocalDate date(JsonNode obj, String field) {
            String s = string(obj, field);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                error(field, "must be a date as YYYY-MM-DD, not \"" + s + "\"");
                return null;
            }
        }

        LocalTime time(JsonNode obj, String field) {
            String s = string(obj, field);
            if (s == null) {
                return null;
            }
            if (s.equals("24:00")) {
                return LocalTime.MIDNIGHT;
            }
            if (!HHMM.matcher(s).matches()) {
                error(field, "must be a time as HH:MM (00:00 to 23:59), not \"" + s + "\"");
                return null;
            }
            return LocalTime.parse(s);
        }

        Boolean bool(JsonNode obj, String field) {
            JsonNode v = present(obj, field);
            if (v == null) {
                return null;
            }
            if (!v.isBoolean()) {
                error(field, "must be true or false");
                return null;
            }
            return v.booleanValue();
        }

        Double decimal(JsonNode obj, String field, double min, double max) {
            JsonNode v = present(obj, field);
            if (v == null) {
                return null;
            }
            if (!v.isNumber()) {
                error(field, "must be a number");
                return null;
            }
            double d = v.doubleValue();
            if (Double.isNaN(d) || d < min || d > max) {
                error(field, "must be between " + fmt(min) + " and " + fmt(max) + ", not " + v);
                return null;
            }
            return d;
        }

        Integer integer(JsonNode obj, String field, int min, int max) {
            JsonNode v = present(obj, field);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                error(field, "must be a whole number");
                return null;
            }
            int i = v.intValue();
            if (i < min || i > max) {
                error(field, "must be between " + min + " and " + max + ", not " + i);
                return null;
            }
            return i;
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

}
