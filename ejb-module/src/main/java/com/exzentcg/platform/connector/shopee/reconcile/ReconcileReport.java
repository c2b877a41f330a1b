package com.exzentcg.platform.connector.shopee.reconcile;

/**
 * What a reconciliation pass did: {@code seen} pushes or orders looked at, {@code stored} new
 * events queued for processing. {@code ran} is false when another node's pass was running.
 */
public record ReconcileReport(String kind, boolean ran, int profiles, int seen, int stored, int pages) {
}
