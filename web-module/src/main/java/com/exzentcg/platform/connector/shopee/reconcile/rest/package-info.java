/** Operator-triggered reconciliation: {@code /admin/connectors/shopee/reconcile}. */
package com.exzentcg.platform.connector.shopee.reconcile.rest;
