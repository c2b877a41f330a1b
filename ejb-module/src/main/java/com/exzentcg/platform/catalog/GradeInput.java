package com.exzentcg.platform.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A grading as clients send it: {@code {"company": "PSA", "score": 10}}. */
public record GradeInput(
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String company,
        @NotNull(message = "is required") @DecimalMin(value = "1", message = "must be between 1 and 10")
        @DecimalMax(value = "10", message = "must be between 1 and 10")
        @Digits(integer = 2, fraction = 1, message = "may have one decimal") BigDecimal score) {

    public Grade toGrade() {
        return new Grade(company, score);
    }
}
