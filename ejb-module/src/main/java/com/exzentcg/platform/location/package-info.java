/**
 * Stock locations (warehouse, store, consignment…) where inventory is held.
 * Owns the {@code stock_location} table.
 */
package com.exzentcg.platform.location;
