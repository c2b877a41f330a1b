/**
 * Connector alerts: new exceptions (and a falling push success rate) go into an outbox in the
 * same transaction, and a timer posts them to the n8n webhook with retry, backoff, a per-minute
 * cap and storm summaries. Owns {@code connector_alert}.
 */
package com.exzentcg.platform.connector.shopee.alert;
