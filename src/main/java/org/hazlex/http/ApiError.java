package org.hazlex.http;

import io.javalin.http.HttpStatus;

/** A request the API refuses: its status, a stable code and the field, parameter or header at fault. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient HttpStatus status;
    private final String code;
    private final String path;

    ApiError(HttpStatus status, String code, String message, String path) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.path = path;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String path() {
        return path;
    }
}
