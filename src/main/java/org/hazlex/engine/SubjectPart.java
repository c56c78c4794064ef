package org.hazlex.engine;

/**
 * A part of the job the rules join on: a load, a shift total, a hazard tag or a named list item, a law topic the job
 * touches, and the candidate facts of its codes and text. {@code kind} is "load", "shift-total", "tag", "item",
 * "topic", "isic" (the job's ISIC code), "isic-prefix" (the code at every level from its section letter, and "*",
 * which every job has), "isco" (the job's ISCO-08 code), "isco-prefix" (that code at every level) or "term" (a term of
 * the list that occurs in the job's title or description); {@code index} its position in the input.
 */
public final class SubjectPart {
    private final Subject subject;
    private final String kind;
    private final int index;
    private final String code;
    private final Double kg;
    private final String frequency;
    private final String liftedFrom;

    SubjectPart(Subject subject, String kind, int index, String code, Double kg, String frequency, String liftedFrom) {
        this.subject = subject;
        this.kind = kind;
        this.index = index;
        this.code = code;
        this.kg = kg;
        this.frequency = frequency;
        this.liftedFrom = liftedFrom;
    }

    public Subject getSubject() { return subject; }
    public String getKind() { return kind; }
    public int getIndex() { return index; }
    /** The tag, list item id, topic, code or term. */
    public String getCode() { return code; }
    public Double getKg() { return kg; }
    public String getFrequency() { return frequency; }
    public String getLiftedFrom() { return liftedFrom; }

    @Override
    public String toString() {
        return kind + "[" + index + "]" + (code != null ? code : "") + (kg != null ? kg + "kg" : "");
    }
}
