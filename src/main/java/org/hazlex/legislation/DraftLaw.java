package org.hazlex.legislation;

/**
 * A draft hazardous-work list read from one file ({@code <legislation status="draft">}): its instrument (kind
 * {@code draft}) and its list, validated exactly like the law in force. Data only: a draft can hold no code.
 */
public record DraftLaw(String country, Instrument instrument, HazardList list) {
}
