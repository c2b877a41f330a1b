package com.exzentcg.platform.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * JAX-RS's own failures (unknown route, wrong method or media type, unreadable body) in the
 * contract's error shape. The framework's message is replaced: it can quote internals.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedFailureMapper.respond(e);
        }
        String message = switch (status) {
            case 400 -> "The request body is not valid JSON for this endpoint";
            case 401 -> "Authentication required";
            case 403 -> "Not allowed";
            case 404 -> "No such resource";
            case 405 -> "Method not allowed on this resource";
            case 406 -> "Only application/json responses are available";
            case 415 -> "Send the request body as application/json";
            default -> "Request rejected";
        };
        Response response = ErrorBody.response(status, HttpStatuses.typeOf(status).wireName(), message, List.of());
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }
}
