/**
 * HTTP face of the audit log: {@code GET /admin/audit-log}, and the response filter that writes
 * an entry for every state-changing admin call with its HTTP status as the outcome.
 */
package com.exzentcg.platform.audit.rest;
