package com.exzentcg.platform.platform.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: a sane incoming {@code X-Request-Id} (from the reverse proxy or
 * the caller) is kept, anything else is replaced by a fresh UUID. The id goes back on the
 * response and sits in the logging MDC as {@code request_id} while the request runs, so every
 * {@code server.log} line it causes (EJB calls run on the same thread) carries it.
 *
 * <p>A servlet filter rather than a JAX-RS one: it wraps the whole request in try/finally, so
 * the MDC is cleared however the request ends, and it covers responses JAX-RS never sees.
 */
@WebFilter(filterName = "request-id", urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    /** Letters, digits and {@code . _ : -}, at most 128: no log injection, no header games. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = requestId(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        Object previous = MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }

    static String requestId(String incoming) {
        if (incoming != null) {
            String trimmed = incoming.trim();
            if (SANE.matcher(trimmed).matches()) {
                return trimmed;
            }
        }
        return UUID.randomUUID().toString();
    }
}
