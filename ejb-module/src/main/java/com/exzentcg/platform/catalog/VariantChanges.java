package com.exzentcg.platform.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A partial variant update for the variant editor: {@code null} leaves a field as is, and for
 * optional text fields (barcode, set, collector number, rarity) an empty string clears it.
 */
public record VariantChanges(
        @Size(min = 1, max = 64, message = "must be 1 to 64 characters")
        @Pattern(regexp = Variant.SKU_PATTERN, message = "may contain only letters, digits and . _ / -") String sku,
        @Size(max = 64, message = "must be at most 64 characters") String barcode,
        @Size(max = 300, message = "must be at most 300 characters") String title,
        @Valid MoneyInput price,
        @Size(min = 1, max = 40, message = "must be 1 to 40 characters")
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

    public boolean isEmpty() {
        return Stream.of(sku, barcode, title, price, game, setCode, setName, collectorNumber, rarity, condition,
                language, finish, grade).allMatch(Objects::isNull);
    }

    boolean touchesAttributes() {
        return Stream.of(game, setCode, setName, collectorNumber, rarity, condition, language, finish)
                .anyMatch(Objects::nonNull);
    }
}
