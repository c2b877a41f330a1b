package com.exzentcg.platform.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's own retry of a read that failed on a lost connection. By default it
 * re-runs such a read up to 3 times, sleeping 5 s before each attempt, inside the request: with
 * PostgreSQL refusing connections a webhook then hung 5–10 s and mostly answered 200 late
 * instead of 503 at once (bench/fault-drills.sh, drill 1). The pool already validates every
 * connection it hands out (validate-on-match) and callers retry a 503 themselves (Shopee
 * re-delivers, the event processor backs off), so the retry only adds waiting.
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
