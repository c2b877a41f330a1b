/**
 * The operator dashboard's summary: counts from each feature's boundary, scoped to the active
 * environment unless asked otherwise. Owns no tables.
 */
package com.exzentcg.platform.dashboard;
