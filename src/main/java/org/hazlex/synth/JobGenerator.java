package org.hazlex.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.hazlex.domain.HazardTags;
import org.hazlex.legislation.CountryLaw;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.ListEntry;
import org.hazlex.legislation.ListSection;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes realistic job descriptions (contract section 1) for benchmarks and tests: workers aged 12 to 19, jobs in
 * the sectors and occupations of the country's hazardous-work list (its sections' ISIC codes, its entries' ISCO-08
 * codes, ids and hazard tags, read from the law data) and in common non-listed youth jobs, with loads and
 * schedules including evening and night shifts. The same country, seed and count give the same bytes.
 *
 * <p>No legal value is used to shape the jobs: ages, hours, kilograms and clock times are drawn from ranges wide
 * enough to fall on both sides of any country's limits, so the law decides, not the generator.
 */
public final class JobGenerator {

    /** Common jobs of young workers outside the hazardous lists: ISIC Rev.4 class, ISCO-08 unit group, title. */
    private static final String[][] COMMON_JOBS = {
        {"4711", "5223", "shop sales assistant"}, {"5610", "5131", "waiter"}, {"5610", "9412", "kitchen helper"},
        {"0111", "9211", "crop farm labourer"}, {"0141", "9212", "livestock farm labourer"},
        {"4520", "7231", "motor vehicle mechanic apprentice"}, {"1071", "7512", "bakery helper"},
        {"9601", "9121", "hand launderer"}, {"4321", "7411", "electrician apprentice"},
        {"4100", "9313", "building construction labourer"}, {"4781", "5211", "market stall salesperson"},
        {"9602", "5141", "hairdresser apprentice"}, {"5320", "9621", "messenger"}, {"1410", "7533", "sewing machinist"},
        {"8010", "5414", "security guard"}, {"4923", "8322", "delivery driver"}, {"0113", "9211", "cotton picker"},
        {"9200", "4212", "betting shop clerk"}, {"5630", "5132", "bar attendant"}, {"8549", "2359", "tutor"},
        {"6201", "2512", "junior software developer"}, {"9000", "2655", "actor"}, {"4730", "5245", "fuel station attendant"},
    };

    private static final LocalTime[] STARTS = {LocalTime.of(6, 0), LocalTime.of(7, 30), LocalTime.of(8, 0),
        LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(15, 0), LocalTime.of(17, 0), LocalTime.of(18, 30),
        LocalTime.of(20, 0), LocalTime.of(21, 0), LocalTime.of(22, 0), LocalTime.of(23, 0), LocalTime.of(4, 0)};
    private static final double[] HOURS_PER_DAY = {2, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9, 10, 12};
    private static final String[] TAGS = HazardTags.CORE.stream().sorted().toArray(String[]::new);
    /** The assessment dates drawn: recent years. */
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 1277; // to 2026-06-30

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String country;
    private final List<Listed> lists = new ArrayList<>();

    /** One hazardous list's sections (with their ISIC codes) and entries (in id order, per section). */
    private record Listed(HazardList list, List<ListSection> sections, List<List<ListEntry>> entries) {
    }

    public JobGenerator(CountryLaw law) {
        this.country = law.country();
        for (HazardList l : law.lists()) {
            TreeMap<String, List<ListEntry>> bySection = new TreeMap<>();
            l.entries().values().stream().sorted(Comparator.comparing(ListEntry::getId))
                    .forEach(e -> bySection.computeIfAbsent(e.getSection(), k -> new ArrayList<>()).add(e));
            List<ListSection> sections = new ArrayList<>();
            List<List<ListEntry>> entries = new ArrayList<>();
            for (ListSection s : l.sections()) {
                if (!s.isic4().isEmpty()) {
                    sections.add(s);
                    entries.add(bySection.getOrDefault(s.id(), List.of()));
                }
            }
            lists.add(new Listed(l, sections, entries));
        }
    }

    /** Writes {@code n} jobs as JSON Lines. */
    public void write(long n, long seed, Writer out) {
        SplittableRandom random = new SplittableRandom(seed);
        try {
            for (long i = 0; i < n; i++) {
                out.write(line(random, seed, i));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Job {@code i} of the stream for {@code seed}, drawn from {@code random} (which advances). */
    public String line(SplittableRandom random, long seed, long i) {
        return JSON.writeValueAsString(job(random, seed, i));
    }

    /** Job {@code i}, drawn from {@code random} (which advances). */
    public ObjectNode job(SplittableRandom r, long seed, long i) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", country + "-GEN-" + seed + "-" + i);
        o.put("country", country);
        LocalDate on = FIRST.plusDays(r.nextInt(DAYS + 1));
        o.put("assessedOn", on.toString());

        ObjectNode w = o.putObject("worker");
        int age = 12 + r.nextInt(8);
        if (r.nextInt(10) == 0) {
            w.put("age", age);
        } else {
            w.put("birthDate", on.minusYears(age).minusDays(r.nextInt(365)).toString());
        }
        int sex = r.nextInt(10);
        if (sex < 5) {
            w.put("sex", "male");
        } else if (sex < 9) {
            w.put("sex", "female");
        }
        boolean pupil = age < 18 ? r.nextInt(10) < 7 : r.nextInt(10) < 3;
        if (r.nextInt(20) > 0) {
            w.put("inEducation", pupil);
        }
        int consent = r.nextInt(10);
        if (age < 18 && consent < 8) {
            w.put("parentalConsent", consent < 6);
        }
        if (r.nextInt(4) == 0) {
            w.put("preEmploymentMedicalExam", r.nextInt(3) > 0);
        }
        if (r.nextInt(8) == 0) {
            w.put("lastMedicalExamOn", on.minusDays(r.nextInt(730)).toString());
        }

        ObjectNode j = o.putObject("job");
        Listed listed = listIn(on);
        List<String> tags = new ArrayList<>();
        if (listed != null && !listed.sections().isEmpty() && r.nextInt(10) < 4) {
            int s = r.nextInt(listed.sections().size());
            ListSection section = listed.sections().get(s);
            List<String> isic = section.isic4().stream().filter(c -> !c.equals("*")).toList();
            // a section of every branch ("*") names no sector: the job is placed in one of the common youth jobs' sectors
            j.put("isic4", isic.isEmpty() ? COMMON_JOBS[r.nextInt(COMMON_JOBS.length)][0] : isic.get(r.nextInt(isic.size())));
            List<ListEntry> entries = listed.entries().get(s);
            if (!entries.isEmpty() && r.nextInt(10) < 8) {
                ListEntry e = entries.get(r.nextInt(entries.size()));
                j.put("title", e.getGloss() == null ? e.getLabel() : e.getGloss());
                List<String> isco = e.getIsco08().keySet().stream().sorted().toList();
                if (!isco.isEmpty()) {
                    j.put("isco08", isco.get(r.nextInt(isco.size())));
                }
                if (r.nextInt(5) == 0) {
                    j.putArray("listItems").add(e.getId());
                }
                List<String> hz = e.getHazards().stream().sorted().toList();
                if (!hz.isEmpty() && r.nextInt(2) == 0) {
                    tags.add(hz.get(r.nextInt(hz.size())));
                }
            }
        } else {
            String[] c = COMMON_JOBS[r.nextInt(COMMON_JOBS.length)];
            j.put("title", c[2]);
            j.put("isic4", c[0]);
            j.put("isco08", c[1]);
        }
        int extra = r.nextInt(10) < 6 ? 0 : 1 + r.nextInt(2);
        for (int t = 0; t < extra; t++) {
            tags.add(TAGS[r.nextInt(TAGS.length)]);
        }
        if (!tags.isEmpty()) {
            ArrayNode a = j.putArray("hazards");
            tags.stream().distinct().forEach(a::add);
        }
        if (r.nextInt(30) == 0) {
            j.put("creativeWork", true);
        }
        if (r.nextInt(20) == 0) {
            j.put("secondJob", true);
        }
        if (r.nextInt(25) == 0) {
            j.put("businessTrips", true);
        }
        if (r.nextInt(40) == 0) {
            j.put("rotationWork", true);
        }
        if (r.nextInt(50) == 0) {
            j.put("fullMaterialLiability", true);
        }
        if (r.nextInt(50) == 0) {
            j.put("recalledFromLeave", true);
        }
        if (r.nextInt(8) == 0) {
            j.put("annualLeaveDays", 12 + r.nextInt(30));
        }

        int loads = r.nextInt(10) < 5 ? 0 : 1 + r.nextInt(3);
        if (loads > 0) {
            ArrayNode a = o.putArray("loads");
            for (int l = 0; l < loads; l++) {
                ObjectNode load = a.addObject();
                load.put("kg", Math.round((1 + r.nextDouble() * 39) * 2) / 2.0);
                int f = r.nextInt(10);
                if (f < 5) {
                    load.put("frequency", "occasional");
                } else if (f < 9) {
                    load.put("frequency", "constant");
                }
            }
        }

        if (r.nextInt(20) == 0) {
            ArrayNode a = o.putArray("shiftTotals");
            ObjectNode t = a.addObject();
            t.put("kg", 100 * (1 + r.nextInt(60)));
            t.put("liftedFrom", r.nextBoolean() ? "surface" : "floor");
        }

        ObjectNode s = o.putObject("schedule");
        double perDay = HOURS_PER_DAY[r.nextInt(HOURS_PER_DAY.length)];
        int days = 3 + r.nextInt(4);
        if (r.nextInt(40) > 0) {
            s.put("hoursPerDay", perDay);
        }
        if (r.nextInt(30) > 0) {
            s.put("hoursPerWeek", perDay * days);
        }
        if (r.nextInt(3) > 0) {
            s.put("daysPerWeek", days);
        }
        LocalTime start = STARTS[r.nextInt(STARTS.length)];
        if (r.nextInt(40) > 0) {
            s.put("start", start.toString());
            s.put("end", start.plusMinutes(Math.round(perDay * 60)).toString());
        }
        s.put("overtimeHoursPerWeek", r.nextInt(8) == 0 ? 1 + r.nextInt(6) : 0);
        s.put("worksOnRestDays", r.nextInt(10) == 0);
        if (r.nextInt(30) == 0) {
            s.put("summarisedAccounting", true);
        }
        if (pupil) {
            s.put("schoolTerm", r.nextInt(10) < 7);
        }
        return o;
    }

    private Listed listIn(LocalDate on) {
        for (Listed l : lists) {
            if (l.list().period().contains(on)) {
                return l;
            }
        }
        return null;
    }
}
