package com.exzentcg.platform.connector.shopee;

/**
 * No usable answer from Shopee: connection failure, timeout, HTTP 5xx without an error envelope, or
 * a body that is not JSON. The message names the path, never the signed query.
 */
public class ShopeeTransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ShopeeTransportException(String message) {
        super(message);
    }

    public ShopeeTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
