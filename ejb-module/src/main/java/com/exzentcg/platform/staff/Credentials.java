package com.exzentcg.platform.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A login attempt. Deliberately loose: a precise complaint would help guessers. */
public record Credentials(
        @NotBlank(message = "is required") @Size(max = 320, message = "must be at most 320 characters") String email,
        @NotBlank(message = "is required") @Size(max = PasswordHasher.MAX_LENGTH, message = "is too long") String password) {

    @Override
    public String toString() {
        return "Credentials[email=" + email + "]";
    }
}
