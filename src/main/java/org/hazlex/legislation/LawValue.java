package org.hazlex.legislation;

import java.util.List;

/**
 * A dated legal number (an age, hours, kilograms, days) and whom it applies to. A rule fact: getters are what
 * the DRL reads. Null conditions apply to everyone.
 */
public final class LawValue implements Cited {
    private final String quantity;
    private final double value;
    private final String unit;
    private final Integer ageFrom;
    private final Integer ageTo;
    private final String sex;
    private final String frequency;
    private final String liftedFrom;
    private final Boolean pupilInTerm;
    private final Integer daysPerWeek;
    private final Provision provision;
    private final Period period;
    private final Verification verification;
    private final List<String> notes;

    public LawValue(String quantity, double value, String unit, Integer ageFrom, Integer ageTo, String sex,
                    String frequency, String liftedFrom, Boolean pupilInTerm, Integer daysPerWeek,
                    Provision provision, Period period, Verification verification, List<String> notes) {
        this.quantity = quantity;
        this.value = value;
        this.unit = unit;
        this.ageFrom = ageFrom;
        this.ageTo = ageTo;
        this.sex = sex;
        this.frequency = frequency;
        this.liftedFrom = liftedFrom;
        this.pupilInTerm = pupilInTerm;
        this.daysPerWeek = daysPerWeek;
        this.provision = provision;
        this.period = period;
        this.verification = verification;
        this.notes = List.copyOf(notes);
    }

    /** Whether the value's age band includes {@code age} (an open bound includes every age). */
    public boolean appliesToAge(int age) {
        return (ageFrom == null || age >= ageFrom) && (ageTo == null || age <= ageTo);
    }

    /** The conditions other than validity, as a key: two values with the same key may never be in force together. */
    public String conditionKey() {
        return quantity + "|" + ageFrom + "-" + ageTo + "|" + sex + "|" + frequency + "|" + liftedFrom + "|"
                + pupilInTerm + "|" + daysPerWeek;
    }

    public String getQuantity() { return quantity; }
    public double getValue() { return value; }
    public String getUnit() { return unit; }
    public Integer getAgeFrom() { return ageFrom; }
    public Integer getAgeTo() { return ageTo; }
    public String getSex() { return sex; }
    public String getFrequency() { return frequency; }
    public String getLiftedFrom() { return liftedFrom; }
    public Boolean getPupilInTerm() { return pupilInTerm; }
    public Integer getDaysPerWeek() { return daysPerWeek; }
    @Override public Provision getProvision() { return provision; }
    @Override public Period getPeriod() { return period; }
    @Override public Verification getVerification() { return verification; }
    public List<String> getNotes() { return notes; }

    @Override
    public String toString() {
        return quantity + "=" + value + unit + " [" + conditionKey() + "] " + provision.id() + " " + period;
    }
}
