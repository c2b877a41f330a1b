package com.exzentcg.platform.platform.caller;

import jakarta.ejb.SessionContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling a boundary, as recorded in ledgers and histories: the signed-in staff member's
 * email for admin API requests ({@link RequestCaller}), else the container's principal name.
 */
public final class Caller {

    private Caller() {
    }

    public static String name(SessionContext session) {
        Optional<String> staff = RequestCaller.current();
        if (staff.isPresent()) {
            return staff.get();
        }
        Principal principal = session.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }
}
