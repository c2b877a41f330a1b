/**
 * Listings and stock pushes over HTTP: {@code /admin/connectors/shopee/profiles/{id}/listings}
 * and {@code /admin/connectors/shopee/stock-pushes}.
 */
package com.exzentcg.platform.connector.shopee.stockpush.rest;
