/**
 * Shopee pushes in: signature check, the raw event stored before answering, duplicate
 * recognition, and the durable work queue processing claims from. Owns {@code shopee_event}.
 */
package com.exzentcg.platform.connector.shopee.webhook;
