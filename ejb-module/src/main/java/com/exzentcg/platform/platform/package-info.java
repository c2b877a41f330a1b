/**
 * Cross-cutting plumbing every feature reuses: the error taxonomy, prefixed ids, paging,
 * typed configuration, schema migration and persistence helpers. Owns no business tables.
 */
package com.exzentcg.platform.platform;
