package com.exzentcg.platform.platform.rest;

import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures become 400 with every offending field named as the client spells it. */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String message = errors.stream().map(f -> f.field() + " " + f.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return ErrorBody.response(ErrorType.INVALID_DATA, message, errors);
    }

    /**
     * The path from the request body in snake_case, with list positions where the client sent a
     * list ({@code variants[1].sku}); a null body is "body".
     */
    static String fieldName(ConstraintViolation<?> violation) {
        String name = "body";
        boolean sawProperty = false;
        for (Path.Node node : violation.getPropertyPath()) {
            // Bean Validation puts a list position on the node *inside* the list element.
            String position = node.isInIterable() && node.getIndex() != null ? "[" + node.getIndex() + "]"
                    : node.isInIterable() && node.getKey() != null ? "[" + node.getKey() + "]" : "";
            if (node.getKind() == ElementKind.PROPERTY) {
                name = sawProperty ? name + position + "." + snake(node.getName()) : snake(node.getName());
                sawProperty = true;
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                name = name + position;
            } else if (node.getKind() == ElementKind.PARAMETER && !sawProperty) {
                name = "body";
            }
        }
        return name;
    }

    static String snake(String camel) {
        if (camel == null) {
            return "";
        }
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
