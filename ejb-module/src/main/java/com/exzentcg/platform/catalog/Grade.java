package com.exzentcg.platform.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/** A professional grading of a single card, e.g. PSA 10 or BGS 9.5. */
@Embeddable
public class Grade {

    @Column(name = "grade_company")
    private String company;

    @Column(name = "grade_score")
    private BigDecimal score;

    protected Grade() {
    }

    public Grade(String company, BigDecimal score) {
        if (company == null || company.isBlank()) {
            throw new IllegalArgumentException("grade company is required");
        }
        if (score == null || score.compareTo(BigDecimal.ONE) < 0 || score.compareTo(BigDecimal.TEN) > 0) {
            throw new IllegalArgumentException("grade score must be between 1 and 10");
        }
        this.company = company.trim().toUpperCase(Locale.ROOT);
        this.score = score.stripTrailingZeros().scale() < 0 ? score.setScale(0) : score.stripTrailingZeros();
    }

    public String company() { return company; }
    public BigDecimal score() { return score; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grade g && g.company.equals(company) && g.score.compareTo(score) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(company, score.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return company + " " + score.toPlainString();
    }
}
