package com.exzentcg.platform.platform.rest;

import com.exzentcg.platform.platform.error.ErrorType;

/** The one mapping between the error taxonomy and HTTP status codes. */
final class HttpStatuses {

    private HttpStatuses() {
    }

    static int of(ErrorType type) {
        return switch (type) {
            case NOT_FOUND -> 404;
            case INVALID_DATA -> 400;
            case CONFLICT -> 409;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case UNAVAILABLE -> 503;
        };
    }

    static ErrorType typeOf(int status) {
        return switch (status) {
            case 401 -> ErrorType.UNAUTHORIZED;
            case 403 -> ErrorType.FORBIDDEN;
            case 404 -> ErrorType.NOT_FOUND;
            case 409 -> ErrorType.CONFLICT;
            case 503 -> ErrorType.UNAVAILABLE;
            default -> ErrorType.INVALID_DATA;
        };
    }
}
