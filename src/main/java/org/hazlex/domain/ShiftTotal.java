package org.hazlex.domain;

/** The total mass moved by hand in one shift, lifted from a work surface or from the floor. */
public record ShiftTotal(double kg, LiftedFrom liftedFrom) {
}
