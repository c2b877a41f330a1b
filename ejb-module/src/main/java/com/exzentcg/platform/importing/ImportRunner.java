package com.exzentcg.platform.importing;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.NewProduct;
import com.exzentcg.platform.catalog.NewVariant;
import com.exzentcg.platform.catalog.Product;
import com.exzentcg.platform.catalog.Variant;
import com.exzentcg.platform.catalog.VariantChanges;
import com.exzentcg.platform.inventory.Inventory;
import com.exzentcg.platform.inventory.StockReference;
import com.exzentcg.platform.platform.error.PlatformException;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Applies a checked import in the background: one transaction for all rows, progress recorded beside it. */
@Stateless
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    private static final int PROGRESS_EVERY = 200;

    @EJB
    ImportProgress progress;

    @EJB
    Catalog catalog;

    @EJB
    Inventory inventory;

    @Resource
    SessionContext session;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String jobId, ImportPlan plan) {
        try {
            session.getBusinessObject(ImportRunner.class).apply(jobId, plan);
            progress.succeed(jobId, plan.size() + " rows imported");
        } catch (RuntimeException e) {
            PlatformException reason = cause(e);
            String message = "Nothing was imported: " + (reason != null ? reason.getMessage()
                    : "unexpected failure, see the server log for " + jobId);
            LOG.log(reason != null ? Level.INFO : Level.SEVERE, "Import " + jobId + " failed", e);
            progress.fail(jobId, message);
        }
    }

    /** All rows or none: any failure rolls back everything this import wrote. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void apply(String jobId, ImportPlan plan) {
        switch (plan.kind()) {
            case STOCK -> inventory.receiveAll(plan.receipts(), StockReference.importJob(jobId),
                    done -> progress.advance(jobId, done));
            case CATALOG -> applyCatalog(jobId, plan.catalogRows());
        }
    }

    private void applyCatalog(String jobId, List<CatalogRow> rows) {
        Map<String, List<CatalogRow>> byProduct = new LinkedHashMap<>();
        rows.forEach(r -> byProduct.computeIfAbsent(r.handle(), h -> new java.util.ArrayList<>()).add(r));
        int done = 0;
        for (var group : byProduct.entrySet()) {
            Optional<Product> existing = catalog.findByHandle(group.getKey());
            if (existing.isEmpty()) {
                CatalogRow first = group.getValue().get(0);
                catalog.create(new NewProduct(first.productTitle(), group.getKey(), null, first.productStatus(),
                        group.getValue().stream().map(CatalogRow::variant).toList()));
            } else {
                for (CatalogRow row : group.getValue()) {
                    Optional<Variant> variant = catalog.findBySku(row.variant().sku());
                    if (variant.isPresent()) {
                        catalog.updateVariant(variant.get().id(), changesOf(row.variant()));
                    } else {
                        catalog.addVariant(existing.get().id(), row.variant());
                    }
                }
            }
            int before = done;
            done += group.getValue().size();
            if (done / PROGRESS_EVERY > before / PROGRESS_EVERY || done == rows.size()) {
                progress.advance(jobId, done);
            }
        }
    }

    private static VariantChanges changesOf(NewVariant v) {
        return new VariantChanges(null, v.barcode(), v.title(), v.price(), v.game(), v.setCode(), v.setName(),
                v.collectorNumber(), v.rarity(), v.condition(), v.language(), v.finish(), v.grade());
    }

    private static PlatformException cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PlatformException p) {
                return p;
            }
        }
        return null;
    }
}
