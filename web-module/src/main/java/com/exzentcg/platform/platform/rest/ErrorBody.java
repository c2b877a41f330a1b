package com.exzentcg.platform.platform.rest;

import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The contract's error JSON: {@code {"type", "message", "errors": [{"field", "message"}]}}. */
public record ErrorBody(String type, String message, List<FieldError> errors) {

    public static Response response(ErrorType type, String message, List<FieldError> errors) {
        return response(HttpStatuses.of(type), type.wireName(), message, errors);
    }

    public static Response response(int status, String type, String message, List<FieldError> errors) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(type, message, List.copyOf(errors)))
                .build();
    }
}
