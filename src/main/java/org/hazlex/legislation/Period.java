package org.hazlex.legislation;

import java.time.LocalDate;

/** A validity period; {@code to} is inclusive and null when open-ended. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null) {
            throw new IllegalArgumentException("a period needs a start");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    public boolean overlaps(Period other) {
        return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
    }

    public boolean within(Period outer) {
        return !from.isBefore(outer.from) && (outer.to == null || (to != null && !to.isAfter(outer.to)));
    }

    @Override
    public String toString() {
        return from + ".." + (to == null ? "" : to.toString());
    }
}
