package com.exzentcg.platform.platform.caller;

import jakarta.ejb.SessionContext;
import java.security.Principal;

/** Who is calling a boundary, as recorded in ledgers and histories ("anonymous" until login exists). */
public final class Caller {

    private Caller() {
    }

    public static String name(SessionContext session) {
        Principal principal = session.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }
}
