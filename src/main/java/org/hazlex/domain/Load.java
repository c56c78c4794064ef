package org.hazlex.domain;

/** A load lifted or carried by hand; {@code frequency} is null when not stated. */
public record Load(double kg, Frequency frequency) {
}
