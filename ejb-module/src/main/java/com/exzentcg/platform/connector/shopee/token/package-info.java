/**
 * Access-token lifecycle: serialized refreshes (one per shop at a time, across the cluster),
 * the refresh timer, and calls to Shopee that refresh once and retry on an expired token.
 */
package com.exzentcg.platform.connector.shopee.token;
