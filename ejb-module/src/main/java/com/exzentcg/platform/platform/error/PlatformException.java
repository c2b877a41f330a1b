package com.exzentcg.platform.platform.error;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The one domain exception. Its message is written for the API client, so it must never carry
 * secrets or internal detail. Rolling back is the safe default for every business failure.
 */
@ApplicationException(rollback = true)
public class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorType type;
    private final List<FieldError> errors;

    public PlatformException(ErrorType type, String message, List<FieldError> errors) {
        super(message, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public PlatformException(ErrorType type, String message) {
        this(type, message, List.of());
    }

    public static PlatformException notFound(String what, String id) {
        return new PlatformException(ErrorType.NOT_FOUND, what + " " + id + " was not found");
    }

    public static PlatformException invalid(String field, String message) {
        return new PlatformException(ErrorType.INVALID_DATA, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static PlatformException invalid(List<FieldError> errors) {
        String summary = errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return new PlatformException(ErrorType.INVALID_DATA, summary, errors);
    }

    public static PlatformException conflict(String message) {
        return new PlatformException(ErrorType.CONFLICT, message);
    }

    public static PlatformException forbidden(String message) {
        return new PlatformException(ErrorType.FORBIDDEN, message);
    }

    public static PlatformException unauthorized(String message) {
        return new PlatformException(ErrorType.UNAUTHORIZED, message);
    }

    public static PlatformException unavailable(String message) {
        return new PlatformException(ErrorType.UNAVAILABLE, message);
    }

    public ErrorType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
