package com.exzentcg.platform.catalog;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.stream.Stream;

/** A partial product update: {@code null} leaves a field as is. Variants change through their own route. */
public record ProductChanges(
        @Size(min = 1, max = 300, message = "must be 1 to 300 characters")
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
        @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = NewProduct.HANDLE_PATTERN, message = "may contain only lowercase letters, digits and '-'")
        String handle,
        @Size(max = 5000, message = "must be at most 5000 characters") String description,
        @Pattern(regexp = ProductStatus.PATTERN, message = "must be one of " + ProductStatus.CHOICES) String status) {

    public boolean isEmpty() {
        return Stream.of(title, handle, description, status).allMatch(Objects::isNull);
    }
}
