package com.exzentcg.platform.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;

/**
 * What makes one sellable card differ from another: the printing (game, set, collector number,
 * rarity) and the physical copy (condition, language, finish).
 */
@Embeddable
public class TcgAttributes {

    @Column(name = "game", nullable = false)
    private String game;
    @Column(name = "set_code")
    private String setCode;
    @Column(name = "set_name")
    private String setName;
    @Column(name = "collector_number")
    private String collectorNumber;
    @Column(name = "rarity")
    private String rarity;
    @Enumerated(EnumType.STRING)
    @Column(name = "card_condition", nullable = false)
    private CardCondition condition;
    @Column(name = "language", nullable = false)
    private String language;
    @Enumerated(EnumType.STRING)
    @Column(name = "finish", nullable = false)
    private Finish finish;

    protected TcgAttributes() {
    }

    public TcgAttributes(String game, String setCode, String setName, String collectorNumber, String rarity,
            CardCondition condition, String language, Finish finish) {
        if (game == null || game.isBlank()) {
            throw new IllegalArgumentException("game is required");
        }
        this.game = game.trim().toLowerCase(Locale.ROOT);
        this.setCode = blankToNull(setCode);
        this.setName = blankToNull(setName);
        this.collectorNumber = blankToNull(collectorNumber);
        this.rarity = blankToNull(rarity);
        this.condition = condition == null ? CardCondition.NM : condition;
        this.language = language == null || language.isBlank() ? "EN" : language.trim().toUpperCase(Locale.ROOT);
        this.finish = finish == null ? Finish.NORMAL : finish;
    }

    /** A copy with the given parts replaced; {@code null} keeps a part, {@code ""} clears an optional one. */
    TcgAttributes with(String newGame, String newSetCode, String newSetName, String newCollectorNumber,
            String newRarity, CardCondition newCondition, String newLanguage, Finish newFinish) {
        return new TcgAttributes(
                newGame != null ? newGame : game,
                newSetCode != null ? newSetCode : setCode,
                newSetName != null ? newSetName : setName,
                newCollectorNumber != null ? newCollectorNumber : collectorNumber,
                newRarity != null ? newRarity : rarity,
                newCondition != null ? newCondition : condition,
                newLanguage != null ? newLanguage : language,
                newFinish != null ? newFinish : finish);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String game() { return game; }
    public String setCode() { return setCode; }
    public String setName() { return setName; }
    public String collectorNumber() { return collectorNumber; }
    public String rarity() { return rarity; }
    public CardCondition condition() { return condition; }
    public String language() { return language; }
    public Finish finish() { return finish; }

    @Override
    public boolean equals(Object o) {
        return o instanceof TcgAttributes t && Objects.equals(game, t.game) && Objects.equals(setCode, t.setCode)
                && Objects.equals(setName, t.setName) && Objects.equals(collectorNumber, t.collectorNumber)
                && Objects.equals(rarity, t.rarity) && condition == t.condition
                && Objects.equals(language, t.language) && finish == t.finish;
    }

    @Override
    public int hashCode() {
        return Objects.hash(game, setCode, collectorNumber, condition, language, finish);
    }
}
