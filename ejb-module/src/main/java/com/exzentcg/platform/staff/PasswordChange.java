package com.exzentcg.platform.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The caller's current password and the one replacing it. */
public record PasswordChange(
        @NotBlank(message = "is required") @Size(max = PasswordHasher.MAX_LENGTH, message = "is too long") String currentPassword,
        @NotBlank(message = "is required")
        @Size(min = PasswordHasher.MIN_LENGTH, max = PasswordHasher.MAX_LENGTH,
              message = "must be " + PasswordHasher.MIN_LENGTH + " to " + PasswordHasher.MAX_LENGTH + " characters")
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
