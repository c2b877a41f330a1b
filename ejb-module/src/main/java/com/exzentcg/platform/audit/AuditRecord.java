package com.exzentcg.platform.audit;

/**
 * What happened, as the web tier saw it: never a request body, so no password or token can
 * reach the log. {@code route} is the template ({@code /admin/staff/{id}}), {@code path} the
 * concrete URL path, {@code status} the HTTP answer.
 */
public record AuditRecord(String actorId, String actorEmail, String method, String route, String path,
        String targetId, int status, String remoteAddr) {
}
