package com.exzentcg.platform.order;

import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import com.exzentcg.platform.platform.error.PlatformException;
import java.util.List;

/**
 * An order could not be reserved because a location lacks the stock: a CONFLICT like any other to
 * API clients (same message and field errors), and a type callers such as the Shopee order sync
 * can recognise without reading the wording.
 */
public class StockShortage extends PlatformException {

    private static final long serialVersionUID = 1L;

    public StockShortage(String message, List<FieldError> errors) {
        super(ErrorType.CONFLICT, message, errors);
    }
}
