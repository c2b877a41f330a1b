package com.exzentcg.platform.platform.caller;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;

/**
 * The staff member behind the current HTTP request, as the admin API's authentication filter
 * resolved it. That filter sets a JAX-RS security context, which the EJB container never sees, so
 * ledgers and histories read the caller from here instead of {@code SessionContext}.
 *
 * <p>The filter injects this bean and calls {@link #set}; EJBs read it through the static
 * {@link #current()}, which looks the bean up once and then only asks the request context.
 */
@RequestScoped
public class RequestCaller {

    /** Looked up on first use: {@code CDI.current().select(...)} is too dear for every ledger row. */
    private static volatile Instance<RequestCaller> bean;

    private String name;

    /** Records the caller of this request. */
    public void set(String callerName) {
        this.name = callerName;
    }

    public String get() {
        return name;
    }

    /** The request's caller, or empty outside a request (timers, start-up) or before login. */
    public static Optional<String> current() {
        try {
            Instance<RequestCaller> found = bean();
            // Through the client proxy, so each request reads its own instance; none active → exception.
            return found.isResolvable() ? Optional.ofNullable(found.get().get()) : Optional.empty();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Instance<RequestCaller> bean() {
        Instance<RequestCaller> found = bean;
        if (found == null) {
            found = CDI.current().select(RequestCaller.class);
            bean = found;
        }
        return found;
    }
}
