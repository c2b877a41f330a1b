package com.exzentcg.platform.staff;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.stream.Stream;

/** A partial update of a staff user: {@code null} means "leave as is". */
public record StaffChanges(
        @Size(max = 200, message = "must be at most 200 characters") String name,
        @Pattern(regexp = StaffRole.PATTERN, message = "must be one of owner, admin, operator, viewer") String role,
        Boolean active) {

    public boolean isEmpty() {
        return Stream.of(name, role, active).allMatch(Objects::isNull);
    }
}
