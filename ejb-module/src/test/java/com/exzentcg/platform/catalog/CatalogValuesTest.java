package com.exzentcg.platform.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Product, variant and grade rules that need no database. */
class CatalogValuesTest {

    private static TcgAttributes foilJapanese() {
        return new TcgAttributes(" Pokemon ", "sv3pt5", "151", "199/165", "SIR", CardCondition.LP, "ja", Finish.FOIL);
    }

    @Test
    void handleIsASlugOfTheTitle() {
        assertEquals("pokemon-151-charizard-ex-199-165", Product.slug("Pokémon 151: Charizard ex (199/165)"));
        assertEquals("product", Product.slug("!!!"));
    }

    @Test
    void variantDefaultsItsTitleAndNormalisesItsSku() {
        Product product = new Product("charizard", "Charizard ex", null, null);
        Variant variant = new Variant(product, " pkm-199-lp ", null, null, Money.of(9900, "SGD"), foilJapanese(),
                new Grade("psa", new BigDecimal("10.0")));
        assertEquals("PKM-199-LP", variant.sku());
        assertEquals("Charizard ex · LP · JA · Foil · PSA 10", variant.title());
        assertEquals("pokemon", variant.attributes().game());
        assertEquals(ProductStatus.ACTIVE, product.status());
    }

    @Test
    void aBlankTitleIsRebuiltFromTheAttributesTheSameChangeSets() {
        Product product = new Product("charizard", "Charizard ex", null, null);
        Variant variant = new Variant(product, "PKM-199", null, null, Money.of(9900, "SGD"),
                new TcgAttributes("pokemon", null, null, null, null, null, null, null), null);
        assertEquals("Charizard ex · NM · EN", variant.title());
        variant.apply(new VariantChanges(null, null, "", null, null, null, null, null, null, "LP", "JA", "foil",
                new GradeInput("PSA", BigDecimal.TEN)));
        assertEquals("Charizard ex · LP · JA · Foil · PSA 10", variant.title());
    }

    @Test
    void attributesDefaultToNearMintEnglishNormal() {
        TcgAttributes plain = new TcgAttributes("magic", " ", null, null, null, null, null, null);
        assertEquals(CardCondition.NM, plain.condition());
        assertEquals("EN", plain.language());
        assertEquals(Finish.NORMAL, plain.finish());
        assertEquals(null, plain.setCode());
    }

    @Test
    void partialAttributeChangeKeepsTheRestAndEmptyClears() {
        TcgAttributes changed = foilJapanese().with(null, "", null, null, null, CardCondition.NM, null, null);
        assertEquals(null, changed.setCode());
        assertEquals("151", changed.setName());
        assertEquals(CardCondition.NM, changed.condition());
        assertEquals(Finish.FOIL, changed.finish());
    }

    @Test
    void gradeScoreMustBeOneToTen() {
        assertEquals("BGS 9.5", new Grade("bgs", new BigDecimal("9.50")).toString());
        assertThrows(IllegalArgumentException.class, () -> new Grade("PSA", new BigDecimal("10.5")));
        assertThrows(IllegalArgumentException.class, () -> new Grade(" ", BigDecimal.ONE));
    }

    @Test
    void wireNamesRoundTrip() {
        assertEquals(Finish.REVERSE_HOLO, Finish.fromWire("reverse_holo"));
        assertEquals("reverse_holo", Finish.REVERSE_HOLO.wireName());
        assertEquals(CardCondition.DMG, CardCondition.fromWire("dmg"));
        assertEquals(ProductStatus.ARCHIVED, ProductStatus.fromWire("Archived"));
    }
}
