package com.exzentcg.platform.connector.shopee.exception;

/** What went wrong, as operators filter it. */
public enum ExceptionType {
    SIGNATURE_INVALID,
    MALFORMED_PUSH,
    SKU_NOT_FOUND,
    STOCK_SHORTAGE,
    UPSTREAM_ERROR,
    TOKEN_REFRESH_FAILED,
    AUTHORIZATION_FAILED,
    AUTHORIZATION_EXPIRING,
    AUTHORIZATION_CANCELLED,
    STOCK_PUSH_FAILED,
    PUSH_SUCCESS_RATE_LOW
}
