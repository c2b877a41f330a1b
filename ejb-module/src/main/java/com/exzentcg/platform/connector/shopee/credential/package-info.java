/**
 * Secrets at rest: the master-key ring from configuration, AES-256-GCM sealing with a key id per
 * ciphertext, fingerprints for display, and re-encryption under the newest key. Owns no tables.
 */
package com.exzentcg.platform.connector.shopee.credential;
