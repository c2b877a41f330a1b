/**
 * Orders from every channel (manual now, marketplaces through the same boundary later), their
 * lines and status history; placing, shipping, cancelling and returning move stock via inventory.
 * Owns {@code sales_order}, {@code sales_order_line} and {@code sales_order_status_change}.
 */
package com.exzentcg.platform.order;
