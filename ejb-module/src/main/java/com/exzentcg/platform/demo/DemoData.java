package com.exzentcg.platform.demo;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.GradeInput;
import com.exzentcg.platform.catalog.MoneyInput;
import com.exzentcg.platform.catalog.NewProduct;
import com.exzentcg.platform.catalog.NewVariant;
import com.exzentcg.platform.catalog.Product;
import com.exzentcg.platform.catalog.Variant;
import com.exzentcg.platform.inventory.Inventory;
import com.exzentcg.platform.inventory.NewAdjustment;
import com.exzentcg.platform.inventory.StockReference;
import com.exzentcg.platform.location.NewStockLocation;
import com.exzentcg.platform.location.StockLocation;
import com.exzentcg.platform.location.StockLocations;
import com.exzentcg.platform.order.NewOrder;
import com.exzentcg.platform.order.NewOrderLine;
import com.exzentcg.platform.order.Orders;
import com.exzentcg.platform.order.ReturnRequest;
import com.exzentcg.platform.platform.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads the demo sample through the real boundaries, so it obeys every rule the API does.
 * Idempotent: locations are keyed by code, products by handle, stock by (SKU, location) and
 * orders by their external reference, and only what is missing is created.
 */
@Stateless
public class DemoData {

    /** What one run created; a second run reports zeros. */
    public record Report(int locationsCreated, int productsCreated, int variantsCreated, int levelsStocked,
            int ordersPlaced) {
    }

    private record Card(String game, String setCode, String setName, String title, String number, String rarity,
            long priceCents) {
    }

    private static final String WAREHOUSE = "WH-SG";
    private static final String STORE = "STORE-SG";
    private static final String CONSIGNMENT = "CONSIGN-JB";

    private static final List<Card> CARDS = List.of(
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Bulbasaur", "001/165", "Common", 80),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Charmander", "004/165", "Common", 120),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Squirtle", "007/165", "Common", 90),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Pikachu", "025/165", "Common", 150),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Alakazam ex", "065/165", "Double Rare", 650),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Gengar", "094/165", "Rare", 400),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Snorlax", "143/165", "Uncommon", 200),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Mew ex", "151/165", "Double Rare", 900),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Zapdos ex", "192/165", "Ultra Rare", 2800),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Venusaur ex", "198/165", "Special Illustration Rare", 6500),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Charizard ex", "199/165", "Special Illustration Rare", 16500),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Blastoise ex", "200/165", "Special Illustration Rare", 7200),
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Erika's Invitation", "203/165", "Special Illustration Rare", 9800),
            new Card("pokemon", "sv4pt5", "Paldean Fates", "Charizard ex", "054/091", "Double Rare", 1400),
            new Card("pokemon", "sv4pt5", "Paldean Fates", "Mew ex", "232/091", "Shiny Ultra Rare", 3500),
            new Card("pokemon", "sv4pt5", "Paldean Fates", "Iono", "237/091", "Special Illustration Rare", 5200),
            new Card("magic", "MH3", "Modern Horizons 3", "Ocelot Pride", "38", "Mythic", 4200),
            new Card("magic", "MH3", "Modern Horizons 3", "Flare of Denial", "62", "Rare", 1100),
            new Card("magic", "MH3", "Modern Horizons 3", "Psychic Frog", "199", "Rare", 2400),
            new Card("magic", "MH3", "Modern Horizons 3", "Ugin's Labyrinth", "233", "Mythic", 3600),
            new Card("magic", "LTR", "The Lord of the Rings", "Orcish Bowmasters", "103", "Rare", 3900),
            new Card("magic", "LTR", "The Lord of the Rings", "The One Ring", "246", "Mythic", 8800),
            new Card("magic", "MH2", "Modern Horizons 2", "Ragavan, Nimble Pilferer", "138", "Mythic", 7400),
            new Card("magic", "DMU", "Dominaria United", "Sheoldred, the Apocalypse", "107", "Mythic", 9900),
            new Card("magic", "WOE", "Wilds of Eldraine", "Agatha's Soul Cauldron", "242", "Mythic", 2100),
            new Card("magic", "MKM", "Murders at Karlov Manor", "Leyline of the Guildpact", "217", "Rare", 1800),
            new Card("one_piece", "OP01", "Romance Dawn", "Roronoa Zoro", "OP01-001", "Leader", 450),
            new Card("one_piece", "OP01", "Romance Dawn", "Nami", "OP01-016", "Rare", 600),
            new Card("one_piece", "OP01", "Romance Dawn", "Monkey.D.Luffy", "OP01-024", "Super Rare", 1900),
            new Card("one_piece", "OP01", "Romance Dawn", "Trafalgar Law", "OP01-047", "Super Rare", 1500),
            new Card("one_piece", "OP01", "Romance Dawn", "Kaido", "OP01-094", "Super Rare", 1300),
            new Card("one_piece", "OP01", "Romance Dawn", "Shanks", "OP01-120", "Secret Rare", 8500),
            new Card("one_piece", "OP01", "Romance Dawn", "Yamato", "OP01-121", "Secret Rare", 6900),
            new Card("one_piece", "OP05", "Awakening of the New Era", "Monkey.D.Luffy", "OP05-119", "Secret Rare", 12500),
            new Card("yugioh", "LOB", "Legend of Blue Eyes White Dragon", "Blue-Eyes White Dragon", "LOB-EN001", "Ultra Rare", 5500),
            new Card("yugioh", "LOB", "Legend of Blue Eyes White Dragon", "Dark Magician", "LOB-EN005", "Ultra Rare", 3800),
            new Card("yugioh", "MACR", "Maximum Crisis", "Ash Blossom & Joyous Spring", "MACR-EN036", "Secret Rare", 1600),
            new Card("yugioh", "ETCO", "Eternity Code", "Accesscode Talker", "ETCO-EN046", "Secret Rare", 2200),
            new Card("yugioh", "RA01", "Rarity Collection", "Maxx \"C\"", "RA01-EN012", "Super Rare", 900),
            new Card("yugioh", "RA01", "Rarity Collection", "Nibiru, the Primal Being", "RA01-EN021", "Super Rare", 700),
            new Card("lorcana", "TFC", "The First Chapter", "Stitch - Rock Star", "23/204", "Super Rare", 1200),
            new Card("lorcana", "TFC", "The First Chapter", "Elsa - Spirit of Winter", "42/204", "Legendary", 4800),
            new Card("lorcana", "TFC", "The First Chapter", "Mickey Mouse - Brave Little Tailor", "115/204", "Legendary", 3900),
            new Card("lorcana", "TFC", "The First Chapter", "Maleficent - Monstrous Dragon", "113/204", "Legendary", 2600),
            new Card("lorcana", "ROF", "Rise of the Floodborn", "Genie - Supportive Friend", "79/204", "Rare", 300),
            new Card("lorcana", "ROF", "Rise of the Floodborn", "Belle - Strange but Special", "142/204", "Legendary", 2300));

    private static final List<Card> SEALED = List.of(
            new Card("pokemon", "sv3pt5", "Pokémon 151", "Pokémon 151 Booster Bundle", "BUNDLE", "Sealed", 5900),
            new Card("pokemon", "sv4pt5", "Paldean Fates", "Paldean Fates Elite Trainer Box", "ETB", "Sealed", 7900),
            new Card("magic", "MH3", "Modern Horizons 3", "Modern Horizons 3 Play Booster Box", "BOX", "Sealed", 38900),
            new Card("one_piece", "OP01", "Romance Dawn", "Romance Dawn Booster Box", "BOX", "Sealed", 24900));

    @EJB
    StockLocations locations;

    @EJB
    Catalog catalog;

    @EJB
    Inventory inventory;

    @EJB
    Orders orders;

    public Report load() {
        int locationsCreated = 0;
        Map<String, StockLocation> byCode = locations.list(new PageRequest(PageRequest.MAX_LIMIT, 0), null).items()
                .stream().collect(Collectors.toMap(StockLocation::code, Function.identity()));
        for (NewStockLocation wanted : List.of(
                new NewStockLocation(WAREHOUSE, "Singapore warehouse", "warehouse", "8 Kaki Bukit Ave 1", null,
                        "Singapore", "417941", "SG"),
                new NewStockLocation(STORE, "Bugis store", "store", "200 Victoria St", "#03-12", "Singapore", "188021", "SG"),
                new NewStockLocation(CONSIGNMENT, "Johor Bahru consignment", "consignment", null, null,
                        "Johor Bahru", "80000", "MY"))) {
            if (!byCode.containsKey(wanted.code())) {
                byCode.put(wanted.code(), locations.create(wanted));
                locationsCreated++;
            }
        }

        int productsCreated = 0;
        int variantsCreated = 0;
        List<Variant> variants = new ArrayList<>();
        for (Card card : concat(CARDS, SEALED)) {
            String handle = Product.slug(card.title() + " " + card.setCode() + " " + card.number());
            Product product = catalog.findByHandle(handle).orElse(null);
            if (product == null) {
                product = catalog.create(new NewProduct(card.title(), handle, description(card), "active",
                        variantsOf(card)));
                productsCreated++;
                variantsCreated += product.variants().size();
            }
            variants.addAll(product.variants());
        }

        int levelsStocked = stock(variants, byCode);
        int ordersPlaced = placeOrders(variants, byCode.get(WAREHOUSE).id());
        return new Report(locationsCreated, productsCreated, variantsCreated, levelsStocked, ordersPlaced);
    }

    private static List<Card> concat(List<Card> a, List<Card> b) {
        List<Card> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String description(Card card) {
        return card.rarity().equals("Sealed") ? "Factory sealed, " + card.setName()
                : card.setName() + " " + card.number() + ", " + card.rarity();
    }

    /** Singles in NM/LP/MP, in English and Japanese (Magic: normal and foil), the chase cards also graded. */
    private static List<NewVariant> variantsOf(Card card) {
        String base = prefix(card.game()) + "-" + card.setCode().toUpperCase(Locale.ROOT) + "-"
                + card.number().replaceAll("/.*", "").replaceAll("[^A-Za-z0-9-]", "");
        List<NewVariant> variants = new ArrayList<>();
        if (card.rarity().equals("Sealed")) {
            variants.add(variant(card, base, card.priceCents(), "NM", "EN", "sealed", null));
            return variants;
        }
        boolean magic = card.game().equals("magic");
        for (String condition : List.of("NM", "LP", "MP")) {
            long conditioned = card.priceCents() * switch (condition) {
                case "NM" -> 100;
                case "LP" -> 85;
                default -> 65;
            } / 100;
            if (magic) {
                variants.add(variant(card, base + "-" + condition, conditioned, condition, "EN", "normal", null));
                variants.add(variant(card, base + "-" + condition + "-F", conditioned * 2, condition, "EN", "foil", null));
            } else {
                variants.add(variant(card, base + "-" + condition + "-EN", conditioned, condition, "EN", "normal", null));
                variants.add(variant(card, base + "-" + condition + "-JA", conditioned * 80 / 100, condition, "JA",
                        "normal", null));
            }
        }
        if (card.priceCents() >= 5000) {
            variants.add(variant(card, base + "-PSA10", card.priceCents() * 4, "NM", "EN", "normal",
                    new GradeInput("PSA", BigDecimal.TEN)));
        }
        return variants;
    }

    private static NewVariant variant(Card card, String sku, long cents, String condition, String language,
            String finish, GradeInput grade) {
        return new NewVariant(sku, null, null, new MoneyInput(Math.max(cents, 50), "SGD"), card.game(), card.setCode(),
                card.setName(), card.rarity().equals("Sealed") ? null : card.number(),
                card.rarity().equals("Sealed") ? null : card.rarity(), condition, language, finish, grade);
    }

    private static String prefix(String game) {
        return switch (game) {
            case "pokemon" -> "PKM";
            case "magic" -> "MTG";
            case "one_piece" -> "OPC";
            case "yugioh" -> "YGO";
            default -> "LOR";
        };
    }

    /**
     * Most variants in stock at the warehouse, some also at the store or on consignment; every
     * tenth variant low (1 left, threshold 2) and every tenth sold out, so every scenario shows.
     */
    private int stock(List<Variant> variants, Map<String, StockLocation> byCode) {
        String warehouse = byCode.get(WAREHOUSE).id();
        String store = byCode.get(STORE).id();
        String consignment = byCode.get(CONSIGNMENT).id();
        int stocked = 0;
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            var receipt = StockReference.importJob("demo-data");
            if (inventory.level(v.id(), warehouse).isEmpty()) {
                stocked++;
                switch (i % 10) {
                    case 8 -> {
                        var level = inventory.receive(v.sku(), warehouse, 1, null, receipt);
                        inventory.setThreshold(level.id(), 2);
                    }
                    case 9 -> {
                        inventory.receive(v.sku(), warehouse, 2, null, receipt);
                        inventory.adjust(new NewAdjustment(v.sku(), warehouse, -2, "sold at a card show"));
                    }
                    default -> inventory.receive(v.sku(), warehouse, 2 + i % 5, null, receipt);
                }
            }
            if (i % 3 == 0 && i % 10 < 8 && inventory.level(v.id(), store).isEmpty()) {
                inventory.receive(v.sku(), store, 1 + i % 2, null, receipt);
                stocked++;
            }
            if (i % 7 == 0 && i % 10 < 8 && inventory.level(v.id(), consignment).isEmpty()) {
                inventory.receive(v.sku(), consignment, 1, null, receipt);
                stocked++;
            }
        }
        return stocked;
    }

    /** A few manual orders in different states; keyed by DEMO-000n so reruns skip them. */
    private int placeOrders(List<Variant> variants, String warehouse) {
        int placed = 0;
        for (int n = 1; n <= 5; n++) {
            String ref = "DEMO-000" + n;
            if (orders.findByExternalRef(Orders.MANUAL_CHANNEL, null, ref).isPresent()) {
                continue;
            }
            List<NewOrderLine> items = List.of(
                    new NewOrderLine(variants.get(n * 11).sku(), 1, null),
                    new NewOrderLine(variants.get(n * 13 + 1).sku(), 1, null));
            var order = orders.place(new NewOrder(Orders.MANUAL_CHANNEL, null, ref, warehouse, "SGD",
                    new MoneyInput(n % 2 == 0 ? 0L : 350L, "SGD"), n == 5 ? "captured" : "awaiting",
                    List.of("Ash Ketchum", "Misty Waterflower", "Brock Harrison", "Serena Yvonne", "Gary Oak").get(n - 1),
                    null, null, "Demo order", items));
            switch (n) {
                case 2 -> orders.ship(order.id());
                case 3 -> orders.cancel(order.id());
                case 4 -> {
                    orders.ship(order.id());
                    orders.returnItems(order.id(), new ReturnRequest(List.of(
                            new ReturnRequest.Item(items.get(0).sku(), 1))));
                }
                default -> { }
            }
            placed++;
        }
        return placed;
    }
}
