package org.hazlex.engine;

import java.util.ArrayList;
import java.util.List;
import org.hazlex.legislation.LawValue;

/**
 * Whether a dated value applies to a worker (and to one load): {@code certain}, {@code possible} (a deciding
 * fact such as school term is not given), or not at all. Where sex or load frequency is not given, every value
 * fits, and {@code assumed} names what was not given ({@code sex}, {@code frequency}); the judges weigh every reading.
 * {@code undecided} names the fields whose absence makes a possible fit uncertain (school attendance, term, week).
 */
public final class Fit {
    private final boolean certain;
    private final List<String> assumed;
    private final List<String> undecided;

    private Fit(boolean certain, List<String> assumed, List<String> undecided) {
        this.certain = certain;
        this.assumed = List.copyOf(assumed);
        this.undecided = List.copyOf(undecided);
    }

    public boolean isCertain() { return certain; }
    public List<String> getAssumed() { return assumed; }
    /** The input fields that would decide a possible fit ({@code schedule.daysPerWeek}, {@code worker.inEducation} ...). */
    public List<String> getUndecided() { return undecided; }

    /** Returns the fit of {@code v} to the subject and part, or an empty list when it does not apply. */
    public static List<Fit> of(LawValue v, Subject s, SubjectPart part) {
        if (!v.appliesToAge(s.getAge())) {
            return List.of();
        }
        boolean certain = true;
        List<String> assumed = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        if (v.getSex() != null) {
            if (s.getSex() == null) {
                assumed.add("sex");
            } else if (!v.getSex().equals(s.getSex())) {
                return List.of();
            }
        }
        String frequency = part == null ? null : part.getFrequency();
        if (v.getFrequency() != null) {
            if (frequency == null) {
                assumed.add("frequency");
            } else if (!v.getFrequency().equals(frequency)) {
                return List.of();
            }
        }
        if (v.getLiftedFrom() != null && (part == null || !v.getLiftedFrom().equals(part.getLiftedFrom()))) {
            return List.of();
        }
        if (v.getDaysPerWeek() != null) {
            Integer days = daysPerWeek(s);
            if (days == null) {
                certain = false;
                undecided.add("schedule.daysPerWeek");
            } else if (!v.getDaysPerWeek().equals(days)) {
                return List.of();
            }
        }
        if (v.getPupilInTerm() != null) {
            String status = pupilInTerm(s);
            if (status.equals("unknown")) {
                certain = false;
                if (s.getInEducation() == null) {
                    undecided.add("worker.inEducation");
                }
                if (s.getSchoolTerm() == null) {
                    undecided.add("schedule.schoolTerm");
                }
            } else if (v.getPupilInTerm() != status.equals("yes")) {
                return List.of();
            }
        }
        return List.of(new Fit(certain, assumed, undecided));
    }

    /**
     * Working days a week: as given; otherwise six where the hours a week exceed five days of the hours a day (the
     * six-day week of the Codes: five such days cannot hold them); otherwise null, since a week of those hours may be
     * five days or six shorter ones, and a limit that turns on it applies only possibly.
     */
    public static Integer daysPerWeek(Subject s) {
        if (s.getDaysPerWeek() != null) {
            return s.getDaysPerWeek();
        }
        Double day = s.getHoursPerDay();
        Double week = s.getHoursPerWeek();
        if (day == null || week == null || day <= 0) {
            return null;
        }
        return week > 5 * day ? 6 : null;
    }

    /** "yes" when the worker is in education and the work falls in the school year, "no", or "unknown". */
    public static String pupilInTerm(Subject s) {
        if (Boolean.FALSE.equals(s.getInEducation()) || Boolean.FALSE.equals(s.getSchoolTerm())) {
            return "no";
        }
        if (Boolean.TRUE.equals(s.getInEducation()) && Boolean.TRUE.equals(s.getSchoolTerm())) {
            return "yes";
        }
        return "unknown";
    }
}
