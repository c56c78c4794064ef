package org.hazlex.findings;

/**
 * The limit a load norm sets under one reading of facts the job does not give: the worker's sex and the load's
 * frequency as that norm states them (null where the norm does not depend on the fact, or the fact was given).
 */
public record Reading(double limit, String sex, String frequency) {
}
