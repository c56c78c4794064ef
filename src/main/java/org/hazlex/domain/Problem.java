package org.hazlex.domain;

/**
 * An error or warning about the input, naming the field path ({@code worker.birthDate}, {@code loads[1].kg})
 * or, for unreadable text, the line and column.
 */
public record Problem(String code, String path, String message) {
}
