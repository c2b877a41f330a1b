/**
 * Shopee connector profiles (N per environment, one active per environment), the platform's
 * active environment, and per-profile diagnostics. Owns {@code shopee_profile} and
 * {@code shopee_connector_setting}.
 */
package com.exzentcg.platform.connector.shopee.profile;
