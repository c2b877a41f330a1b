/**
 * Closing the gaps Shopee's push leaves (dropped pushes, pushes disabled for a shop): drain the
 * lost-push queue and poll the order list, feeding the same event processing. Owns
 * {@code shopee_poll_state}.
 */
package com.exzentcg.platform.connector.shopee.reconcile;
