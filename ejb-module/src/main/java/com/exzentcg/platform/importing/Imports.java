package com.exzentcg.platform.importing;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.GradeInput;
import com.exzentcg.platform.catalog.Money;
import com.exzentcg.platform.catalog.MoneyInput;
import com.exzentcg.platform.catalog.NewProduct;
import com.exzentcg.platform.catalog.NewVariant;
import com.exzentcg.platform.catalog.Product;
import com.exzentcg.platform.catalog.ProductStatus;
import com.exzentcg.platform.catalog.Variant;
import com.exzentcg.platform.inventory.Receipt;
import com.exzentcg.platform.platform.caller.Caller;
import com.exzentcg.platform.location.StockLocation;
import com.exzentcg.platform.location.StockLocations;
import com.exzentcg.platform.platform.error.FieldError;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Pages;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The imports boundary. {@link #check} reads and validates a file and writes nothing; {@link #start}
 * checks it the same way, refuses it whole if any row is bad, else records an import and applies
 * it in the background in one transaction.
 */
@Stateless
public class Imports {

    static final Set<String> CATALOG_COLUMNS = Set.of("handle", "product_title", "product_status", "sku", "barcode",
            "title", "price", "currency", "game", "set_code", "set_name", "collector_number", "rarity", "condition",
            "language", "finish", "grade_company", "grade_score");
    static final Set<String> CATALOG_REQUIRED = Set.of("sku", "price", "currency", "game");
    static final Set<String> STOCK_COLUMNS = Set.of("sku", "location", "quantity", "unit_cost", "currency");
    static final Set<String> STOCK_REQUIRED = Set.of("sku", "location", "quantity");

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalog catalog;

    @EJB
    StockLocations locations;

    @EJB
    ImportProgress progress;

    @EJB
    ImportRunner runner;

    @Inject
    Validator validator;

    @Resource
    SessionContext session;

    /** The dry run: every bad row with its line, column and message; nothing is written. */
    public ImportReport check(ImportKind kind, String csv) {
        return plan(kind, csv).report();
    }

    /**
     * Starts a real import. A file with any bad row is refused with 400 (nothing written, every
     * row named); otherwise the returned record is polled for progress and the outcome.
     */
    public ImportJob start(ImportKind kind, String csv) {
        ImportPlan plan = plan(kind, csv);
        if (!plan.report().valid()) {
            throw PlatformException.invalid(plan.report().errors().stream()
                    .map(e -> new FieldError("line " + e.line() + ": " + e.field(), e.message())).toList());
        }
        ImportJob job = progress.open(kind, plan.size(), Caller.name(session));
        runner.run(job.id(), plan);
        return job;
    }

    public ImportJob get(String id) {
        return Optional.ofNullable(em.find(ImportJob.class, id))
                .orElseThrow(() -> PlatformException.notFound("Import", id));
    }

    public Page<ImportJob> list(PageRequest page) {
        return Pages.of(em.createQuery("select j from ImportJob j order by j.createdAt desc, j.id desc", ImportJob.class),
                em.createQuery("select count(j) from ImportJob j", Long.class), page);
    }

    private ImportPlan plan(ImportKind kind, String csv) {
        return kind == ImportKind.CATALOG ? planCatalog(csv) : planStock(csv);
    }

    private ImportPlan planStock(String csv) {
        CsvTable table = CsvTable.parse(csv, STOCK_REQUIRED, STOCK_COLUMNS);
        if (!table.errors().isEmpty()) {
            return new ImportPlan(ImportKind.STOCK, List.of(), List.of(), report(ImportKind.STOCK, table, table.errors()));
        }
        Map<String, Variant> variants = catalog.bySkus(table.rows().stream().map(r -> r.get("sku")).toList());
        Map<String, String> locationIds = locationIdsByCodeAndId();
        List<RowError> errors = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = errors.size();
            Variant variant = row.has("sku") ? variants.get(Variant.normaliseSku(row.get("sku"))) : null;
            if (!row.has("sku")) {
                errors.add(new RowError(row.line(), "sku", "is required"));
            } else if (variant == null) {
                errors.add(new RowError(row.line(), "sku", "no variant has SKU " + row.get("sku")));
            }
            String location = row.has("location") ? locationIds.get(row.get("location").toUpperCase(Locale.ROOT)) : null;
            if (location == null) {
                errors.add(new RowError(row.line(), "location", row.has("location")
                        ? "no stock location has code or id " + row.get("location") : "is required"));
            }
            Integer quantity = wholeNumber(row, "quantity", errors);
            Money unitCost = money(row, "unit_cost", errors);
            if (errors.size() == before) {
                receipts.add(new Receipt(variant.id(), variant.sku(), location, quantity, unitCost));
            }
        }
        return new ImportPlan(ImportKind.STOCK, List.of(), receipts, report(ImportKind.STOCK, table, errors));
    }

    private Map<String, String> locationIdsByCodeAndId() {
        Map<String, String> ids = new HashMap<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            Page<StockLocation> page = locations.list(new PageRequest(PageRequest.MAX_LIMIT, offset), null);
            page.items().forEach(l -> {
                ids.put(l.code(), l.id());
                ids.put(l.id().toUpperCase(Locale.ROOT), l.id());
            });
            if (page.items().size() < PageRequest.MAX_LIMIT) {
                return ids;
            }
        }
    }

    private ImportPlan planCatalog(String csv) {
        CsvTable table = CsvTable.parse(csv, CATALOG_REQUIRED, CATALOG_COLUMNS);
        if (!table.errors().isEmpty()) {
            return new ImportPlan(ImportKind.CATALOG, List.of(), List.of(), report(ImportKind.CATALOG, table, table.errors()));
        }
        Map<String, Variant> existing = catalog.bySkus(table.rows().stream().map(r -> r.get("sku")).toList());
        Map<String, Boolean> productExists = new HashMap<>();
        Map<String, Integer> firstLineOfSku = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        List<CatalogRow> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = errors.size();
            String handle = row.has("handle") ? Product.normaliseHandle(row.get("handle"))
                    : row.has("product_title") ? Product.slug(row.get("product_title")) : null;
            if (handle == null) {
                errors.add(new RowError(row.line(), "handle", "handle or product_title is required"));
            } else if (!handle.matches(NewProduct.HANDLE_PATTERN)) {
                errors.add(new RowError(row.line(), "handle", "may contain only lowercase letters, digits and '-'"));
            } else if (!row.has("product_title")
                    && !productExists.computeIfAbsent(handle, h -> catalog.findByHandle(h).isPresent())) {
                errors.add(new RowError(row.line(), "product_title", "is required for a new product"));
            }
            if (row.has("product_status") && !row.get("product_status").matches(ProductStatus.PATTERN)) {
                errors.add(new RowError(row.line(), "product_status", "must be one of " + ProductStatus.CHOICES));
            }
            Long price = priceInMinorUnits(row, errors);
            NewVariant variant = new NewVariant(row.get("sku"), row.get("barcode"), row.get("title"),
                    new MoneyInput(price == null ? 0L : price, row.get("currency")), row.get("game"),
                    row.get("set_code"), row.get("set_name"), row.get("collector_number"), row.get("rarity"),
                    row.get("condition"), row.get("language"), row.get("finish"), grade(row, errors));
            validator.validate(variant).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<NewVariant> v) -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.add(new RowError(row.line(), column(v.getPropertyPath().toString()),
                            v.getMessage())));
            if (row.has("sku")) {
                String sku = Variant.normaliseSku(row.get("sku"));
                Integer earlier = firstLineOfSku.putIfAbsent(sku, row.line());
                if (earlier != null) {
                    errors.add(new RowError(row.line(), "sku", "already on line " + earlier));
                }
                Variant current = existing.get(sku);
                if (current != null && handle != null && !current.product().handle().equals(handle)) {
                    errors.add(new RowError(row.line(), "sku", "belongs to product " + current.product().handle()));
                }
            }
            if (errors.size() == before) {
                rows.add(new CatalogRow(row.line(), handle, row.get("product_title"), row.get("product_status"), variant));
            }
        }
        return new ImportPlan(ImportKind.CATALOG, rows, List.of(), report(ImportKind.CATALOG, table, errors));
    }

    /** {@code price} is in major units ({@code 12.50}); stored in minor units of {@code currency}. */
    private static Long priceInMinorUnits(CsvTable.Row row, List<RowError> errors) {
        if (!row.has("price")) {
            errors.add(new RowError(row.line(), "price", "is required"));
            return null;
        }
        if (!row.has("currency") || !Money.isCurrency(row.get("currency"))) {
            return null;
        }
        Money money = money(row, "price", errors);
        return money == null ? null : money.amount();
    }

    private static Money money(CsvTable.Row row, String column, List<RowError> errors) {
        if (!row.has(column)) {
            return null;
        }
        if (!row.has("currency") || !Money.isCurrency(row.get("currency"))) {
            errors.add(new RowError(row.line(), "currency", row.has("currency")
                    ? "must be an ISO 4217 currency code such as SGD" : "is required with " + column));
            return null;
        }
        try {
            return Money.ofMajor(new BigDecimal(row.get(column)), row.get("currency"));
        } catch (NumberFormatException e) {
            errors.add(new RowError(row.line(), column, "must be a decimal number such as 12.50"));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row.line(), column, e.getMessage().startsWith("amount")
                    ? "must be 0 or more" : e.getMessage()));
        }
        return null;
    }

    private static Integer wholeNumber(CsvTable.Row row, String column, List<RowError> errors) {
        if (!row.has(column)) {
            errors.add(new RowError(row.line(), column, "is required"));
            return null;
        }
        try {
            int value = Integer.parseInt(row.get(column));
            if (value <= 0 || value > 1_000_000) {
                errors.add(new RowError(row.line(), column, "must be between 1 and 1000000"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new RowError(row.line(), column, "must be a whole number"));
            return null;
        }
    }

    private static GradeInput grade(CsvTable.Row row, List<RowError> errors) {
        if (!row.has("grade_company") && !row.has("grade_score")) {
            return null;
        }
        try {
            return new GradeInput(row.get("grade_company"),
                    row.has("grade_score") ? new BigDecimal(row.get("grade_score")) : null);
        } catch (NumberFormatException e) {
            errors.add(new RowError(row.line(), "grade_score", "must be a number such as 9.5"));
            return null;
        }
    }

    /** A NewVariant property path as the CSV column the operator typed. */
    private static String column(String path) {
        return switch (path) {
            case "price.amount" -> "price";
            case "price.currencyCode" -> "currency";
            case "grade.company" -> "grade_company";
            case "grade.score" -> "grade_score";
            default -> path.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        };
    }

    private static ImportReport report(ImportKind kind, CsvTable table, List<RowError> errors) {
        long badRows = errors.stream().mapToInt(RowError::line).filter(l -> l > 1).distinct().count();
        int valid = table.errors().isEmpty() ? (int) (table.rows().size() - badRows) : 0;
        return new ImportReport(kind, table.rows().size(), valid, errors);
    }

}
