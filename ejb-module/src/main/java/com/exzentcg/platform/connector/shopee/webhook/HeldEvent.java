package com.exzentcg.platform.connector.shopee.webhook;

import com.exzentcg.platform.connector.shopee.exception.ExceptionType;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Processing cannot go on until an operator acts (e.g. maps an unknown SKU). Rolls the attempt
 * back; the event is held and an exception of {@link #type()} names what to fix.
 */
@ApplicationException(rollback = true)
public class HeldEvent extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final ExceptionType type;
    private final String reference;
    private final List<String> skus;

    public HeldEvent(ExceptionType type, String reference, String message) {
        this(type, reference, message, List.of());
    }

    /** Held for the given SKUs (e.g. the unknown ones), which the exception then names. */
    public HeldEvent(ExceptionType type, String reference, String message, List<String> skus) {
        super(message, null, false, false);
        this.type = type;
        this.reference = reference;
        this.skus = List.copyOf(skus);
    }

    public ExceptionType type() {
        return type;
    }

    public String reference() {
        return reference;
    }

    public List<String> skus() {
        return skus;
    }
}
