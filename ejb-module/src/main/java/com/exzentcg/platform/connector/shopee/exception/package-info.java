/**
 * Connector exceptions: problems an operator must see and can act on (bad signatures, unknown
 * SKUs, failed token refreshes…). Owns {@code connector_exception}.
 */
package com.exzentcg.platform.connector.shopee.exception;
