package com.exzentcg.platform.staff;

import java.time.OffsetDateTime;

/** A fresh session: the only object that ever carries the plain token, handed straight to the client. */
public record SignedIn(String token, OffsetDateTime expiresAt, StaffUser user) {

    @Override
    public String toString() {
        return "SignedIn[user=" + user.id() + ", expiresAt=" + expiresAt + "]";
    }
}
