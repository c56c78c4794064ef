package org.hazlex.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hazlex.domain.Job;

/** The job under evaluation, as the rules read it. Unknown facts are null. */
public final class Subject {
    private final Job job;
    private final int age;

    Subject(Job job, int age) {
        this.job = job;
        this.age = age;
    }

    public Job getJob() { return job; }
    public String getId() { return job.id(); }
    public LocalDate getAssessedOn() { return job.assessedOn(); }
    public int getAge() { return age; }
    public String getSex() { return job.worker().sex() == null ? null : job.worker().sex().code(); }
    public Boolean getInEducation() { return job.worker().inEducation(); }
    public Boolean getParentalConsent() { return job.worker().parentalConsent(); }
    public Boolean getPreEmploymentMedicalExam() { return job.worker().preEmploymentMedicalExam(); }
    public LocalDate getLastMedicalExamOn() { return job.worker().lastMedicalExamOn(); }
    public Boolean getCreativeWork() { return job.job().creativeWork(); }
    /** Whether the job is stated to be creative work (theatre, film, concerts, circus and the like). */
    public boolean isInCreativeWork() { return Boolean.TRUE.equals(job.job().creativeWork()); }
    public Boolean getBusinessTrips() { return job.job().businessTrips(); }
    public Boolean getRotationWork() { return job.job().rotationWork(); }
    public Boolean getFullMaterialLiability() { return job.job().fullMaterialLiability(); }
    public Boolean getSecondJob() { return job.job().secondJob(); }
    public Boolean getRecalledFromLeave() { return job.job().recalledFromLeave(); }
    public Integer getAnnualLeaveDays() { return job.job().annualLeaveDays(); }
    public String getIsco08() { return job.job().isco08(); }
    public String getIsic4() { return job.job().isic4(); }
    public Set<String> getHazards() { return job.job().hazards(); }
    public List<String> getListItems() { return job.job().listItems(); }
    public Double getHoursPerDay() { return job.schedule().hoursPerDay(); }
    public Double getHoursPerWeek() { return job.schedule().hoursPerWeek(); }
    public Integer getDaysPerWeek() { return job.schedule().daysPerWeek(); }
    public Double getOvertimeHoursPerWeek() { return job.schedule().overtimeHoursPerWeek(); }
    public Boolean getWorksOnRestDays() { return job.schedule().worksOnRestDays(); }
    public Boolean getSchoolTerm() { return job.schedule().schoolTerm(); }
    public Boolean getSummarisedAccounting() { return job.schedule().summarisedAccounting(); }
    public boolean isTimesGiven() { return job.schedule().start() != null && job.schedule().end() != null; }
    public int getStartMinute() { return job.schedule().start() == null ? -1 : job.schedule().start().toSecondOfDay() / 60; }
    public int getEndMinute() { return job.schedule().end() == null ? -1 : job.schedule().end().toSecondOfDay() / 60; }
    public boolean isLoadsGiven() { return !job.loads().isEmpty() || !job.shiftTotals().isEmpty(); }

    /** Whether the last medical examination lies more than {@code months} before the assessment date. */
    public boolean medicalExamOlderThan(double months) {
        LocalDate last = job.worker().lastMedicalExamOn();
        return last != null && last.plusMonths((long) months).isBefore(job.assessedOn());
    }

    /** The law topics the job could turn on (used to decide whether a gap in the encoded law matters). */
    public List<String> touchedTopics() {
        return java.util.stream.Stream.of("minimum-age", "hazardous-work", "load-limit", "working-time", "night-work",
                "other-bans", "creative-work").filter(this::touches).toList();
    }

    /** Whether the job could turn on a part of the law of this topic. */
    public boolean touches(String topic) {
        return switch (topic) {
            case "load-limit" -> isLoadsGiven() || getHazards().contains("heavy-loads");
            case "other-bans" -> Boolean.TRUE.equals(getWorksOnRestDays()) || Boolean.TRUE.equals(getSummarisedAccounting())
                    || Boolean.TRUE.equals(getBusinessTrips()) || Boolean.TRUE.equals(getRotationWork())
                    || Boolean.TRUE.equals(getRecalledFromLeave()) || Boolean.TRUE.equals(getFullMaterialLiability())
                    || Boolean.TRUE.equals(getSecondJob())
                    || (getOvertimeHoursPerWeek() != null && getOvertimeHoursPerWeek() > 0);
            case "creative-work" -> Boolean.TRUE.equals(getCreativeWork());
            case "not-assessed" -> false;
            default -> true;
        };
    }

    @Override
    public String toString() {
        return "Subject[" + getId() + ", age " + age + "]";
    }
}
