package com.exzentcg.platform.importing;

import com.exzentcg.platform.catalog.NewVariant;

/** A checked catalog CSV row: the product it belongs to (by handle) and the variant it creates or updates. */
record CatalogRow(int line, String handle, String productTitle, String productStatus, NewVariant variant) {
}
