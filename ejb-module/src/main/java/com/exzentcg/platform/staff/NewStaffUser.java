package com.exzentcg.platform.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An owner or admin adding a colleague with an initial password, handed over out of band; the
 * colleague must replace it at first login.
 */
public record NewStaffUser(
        @NotBlank(message = "is required") @Email(message = "must be an email address")
        @Size(max = 320, message = "must be at most 320 characters") String email,
        @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotBlank(message = "is required")
        @Pattern(regexp = StaffRole.PATTERN, message = "must be one of owner, admin, operator, viewer") String role,
        @NotBlank(message = "is required")
        @Size(min = PasswordHasher.MIN_LENGTH, max = PasswordHasher.MAX_LENGTH,
              message = "must be " + PasswordHasher.MIN_LENGTH + " to " + PasswordHasher.MAX_LENGTH + " characters")
        String password) {

    @Override
    public String toString() {
        return "NewStaffUser[email=" + email + ", role=" + role + "]";
    }
}
