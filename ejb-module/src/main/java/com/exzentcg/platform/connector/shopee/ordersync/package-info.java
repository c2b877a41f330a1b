/**
 * Shopee orders into platform orders: order-status pushes fetch the order's truth from Shopee and
 * drive the commerce order (place, ship, cancel, return, payout). Owns {@code shopee_order_sync}.
 */
package com.exzentcg.platform.connector.shopee.ordersync;
