package com.exzentcg.platform.importing;

import com.exzentcg.platform.inventory.Receipt;
import java.util.List;

/** A checked file ready to apply: catalog rows or stock receipts, in file order. */
record ImportPlan(ImportKind kind, List<CatalogRow> catalogRows, List<Receipt> receipts, ImportReport report) {

    int size() {
        return kind == ImportKind.CATALOG ? catalogRows.size() : receipts.size();
    }
}
