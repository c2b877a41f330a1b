/**
 * Stock per variant per location and the append-only movement ledger every change writes.
 * Owns {@code inventory_level} and {@code stock_movement}; stock arithmetic is guarded SQL only.
 */
package com.exzentcg.platform.inventory;
