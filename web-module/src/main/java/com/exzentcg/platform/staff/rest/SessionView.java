package com.exzentcg.platform.staff.rest;

import com.exzentcg.platform.staff.SignedIn;
import com.exzentcg.platform.staff.StaffUser;
import java.time.Instant;

/** The login answer: the token, once, and who it belongs to. */
public record SessionView(String token, Instant expiresAt, User user) {

    public record User(String id, String email, String role, boolean mustChangePassword) {
        static User from(StaffUser u) {
            return new User(u.id(), u.email(), u.role().wireName(), u.mustChangePassword());
        }
    }

    public static SessionView from(SignedIn signedIn) {
        return new SessionView(signedIn.token(), signedIn.expiresAt().toInstant(), User.from(signedIn.user()));
    }

    @Override
    public String toString() {
        return "SessionView[user=" + user.id() + "]";
    }
}
