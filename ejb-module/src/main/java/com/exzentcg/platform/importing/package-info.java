/**
 * CSV imports of catalog rows and stock receipts: a dry run that reports every bad row, then an
 * all-or-nothing, ledgered run whose progress is polled from its {@code import_job} row.
 */
package com.exzentcg.platform.importing;
