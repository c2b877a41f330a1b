package com.exzentcg.platform.catalog;

import java.util.Collection;

/**
 * Implemented by features that keep variant ids in their own tables (orders, the stock ledger).
 * The catalog asks them before a variant may vanish or change SKU, without depending on them.
 */
public interface VariantReferences {

    boolean anyReferenced(Collection<String> variantIds);
}
