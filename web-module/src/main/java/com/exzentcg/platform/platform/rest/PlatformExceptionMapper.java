package com.exzentcg.platform.platform.rest;

import com.exzentcg.platform.platform.error.PlatformException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain failures carry their own client-safe message and field errors. */
@Provider
public class PlatformExceptionMapper implements ExceptionMapper<PlatformException> {

    @Override
    public Response toResponse(PlatformException e) {
        return ErrorBody.response(e.type(), e.getMessage(), e.errors());
    }
}
