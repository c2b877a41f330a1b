/**
 * A realistic TCG sample (locations, ~50 products / ~300 variants, stock scenarios, manual orders)
 * for demos and first looks. Owns no tables: it goes through the other features' boundaries.
 */
package com.exzentcg.platform.demo;
