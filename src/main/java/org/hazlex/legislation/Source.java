package org.hazlex.legislation;

/** Where the text of an instrument can be read: official, a third party's copy, or a secondary source. */
public record Source(String url, String kind, String note) {
}
