package com.exzentcg.platform.platform.caller;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;

/**
 * The staff member behind the current HTTP request, as the admin API's authentication filter
 * resolved it. That filter sets a JAX-RS security context, which the EJB container never sees, so
 * ledgers and histories read the caller from here instead of {@code SessionContext}.
 */
@RequestScoped
public class RequestCaller {

    private String name;

    /** Records the caller of the request running on this thread; a no-op outside a request. */
    public static void bind(String callerName) {
        try {
            var bean = CDI.current().select(RequestCaller.class);
            if (bean.isResolvable()) {
                bean.get().name = callerName;
            }
        } catch (ContextNotActiveException | IllegalStateException e) {
            // no request scope: nothing to remember it for
        }
    }

    /** The request's caller, or empty outside a request (timers, start-up) or before login. */
    public static Optional<String> current() {
        try {
            var bean = CDI.current().select(RequestCaller.class);
            return bean.isResolvable() ? Optional.ofNullable(bean.get().name) : Optional.empty();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
