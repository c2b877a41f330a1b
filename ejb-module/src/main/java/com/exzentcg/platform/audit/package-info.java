/**
 * The audit log: who changed what through the admin API, when, and how it ended. Owns
 * {@code audit_entry}; entries are written in their own transaction so failures are kept too.
 */
package com.exzentcg.platform.audit;
