/** HTTP face of connector profiles: {@code /admin/connectors/shopee/*} (profiles, active environment, key rotation). */
package com.exzentcg.platform.connector.shopee.profile.rest;
