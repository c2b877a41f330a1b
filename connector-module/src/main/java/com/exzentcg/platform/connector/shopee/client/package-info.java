/**
 * Container-free Shopee client: signed HTTP with retries ({@link ShopeeHttpClient}), the one translator
 * between Shopee's JSON and our records ({@link ShopeeJson}), and the typed calls ({@link ShopeeClient}).
 */
package com.exzentcg.platform.connector.shopee.client;
