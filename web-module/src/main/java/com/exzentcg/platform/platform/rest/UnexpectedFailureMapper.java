package com.exzentcg.platform.platform.rest;

import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import com.exzentcg.platform.platform.error.PlatformException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catch-all. EJB containers wrap failures (EJBException, EJBTransactionRolledbackException),
 * so the cause chain is searched for something the client can act on; anything else is logged
 * under a reference id and answered with a generic 500 that reveals nothing.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        return respond(failure);
    }

    static Response respond(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PlatformException p) {
                return new PlatformExceptionMapper().toResponse(p);
            }
            if (t instanceof ConstraintViolationException v) {
                return new ValidationMapper().toResponse(v);
            }
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                // RESTEasy wraps body-binding failures in a ProcessingException; the parser's own
                // message quotes internals, so the client gets a fixed sentence.
                return ErrorBody.response(ErrorType.INVALID_DATA,
                        "The request body is not valid JSON for this endpoint", List.of());
            }
            if (t instanceof OptimisticLockException) {
                return ErrorBody.response(ErrorType.CONFLICT,
                        "Someone else changed this record at the same time; reload and try again", List.of());
            }
            if (isDatabaseUnavailable(t)) {
                String cause = t.getClass().getName();
                LOG.warning(() -> "Database unavailable: " + cause);
                return ErrorBody.response(ErrorType.UNAVAILABLE, "Service temporarily unavailable; retry shortly",
                        List.<FieldError>of());
            }
        }
        String reference = "err_" + UUID.randomUUID();
        LOG.log(Level.SEVERE, "Unexpected failure " + reference, failure);
        return ErrorBody.response(500, "unexpected", "Unexpected server error (reference " + reference + ")",
                List.of());
    }

    private static boolean isDatabaseUnavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            // Class 08: connection exceptions; 57P0x: server shutting down / cannot connect now.
            return sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P");
        }
        // IronJacamar's "unable to get managed connection" when the pool cannot reach PostgreSQL.
        return t.getClass().getName().startsWith("jakarta.resource.ResourceException")
                || (t.getMessage() != null && t.getMessage().contains("IJ000453"));
    }
}
