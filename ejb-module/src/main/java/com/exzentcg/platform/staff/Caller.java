package com.exzentcg.platform.staff;

/** Who is calling, as resolved from a valid session; what the web tier authorizes against. */
public record Caller(String userId, String email, StaffRole role, boolean mustChangePassword, String sessionId) {
}
