package com.exzentcg.platform.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A variant as supplied when creating a product or adding to one. Optional TCG parts default sensibly. */
public record NewVariant(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
        @Pattern(regexp = Variant.SKU_PATTERN, message = "may contain only letters, digits and . _ / -")
        String sku,
        @Size(max = 64, message = "must be at most 64 characters") String barcode,
        @Size(max = 300, message = "must be at most 300 characters") String title,
        @NotNull(message = "is required") @Valid MoneyInput price,
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
        @Pattern(regexp = NewVariant.GAME_PATTERN, message = "must be a lowercase slug such as pokemon or one_piece")
        String game,
        @Size(max = 32, message = "must be at most 32 characters") String setCode,
        @Size(max = 200, message = "must be at most 200 characters") String setName,
        @Size(max = 32, message = "must be at most 32 characters") String collectorNumber,
        @Size(max = 64, message = "must be at most 64 characters") String rarity,
        @Pattern(regexp = CardCondition.PATTERN, message = "must be one of " + CardCondition.CHOICES) String condition,
        @Pattern(regexp = NewVariant.LANGUAGE_PATTERN, message = "must be a two-letter language code such as EN or JA")
        String language,
        @Pattern(regexp = Finish.PATTERN, message = "must be one of " + Finish.CHOICES) String finish,
        @Valid GradeInput grade) {

    public static final String GAME_PATTERN = "(?i)[a-z0-9][a-z0-9_-]*";
    public static final String LANGUAGE_PATTERN = "[A-Za-z]{2}";

    TcgAttributes attributes() {
        return new TcgAttributes(game, setCode, setName, collectorNumber, rarity,
                condition == null ? null : CardCondition.fromWire(condition), language,
                finish == null ? null : Finish.fromWire(finish));
    }
}
