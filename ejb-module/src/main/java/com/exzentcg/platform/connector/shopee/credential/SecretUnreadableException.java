package com.exzentcg.platform.connector.shopee.credential;

/** A stored secret cannot be decrypted (key missing from the ring, or data tampered with). */
public class SecretUnreadableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SecretUnreadableException(String message) {
        super(message);
    }
}
