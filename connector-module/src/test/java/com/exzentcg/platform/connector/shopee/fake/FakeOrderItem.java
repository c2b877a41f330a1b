package com.exzentcg.platform.connector.shopee.fake;

import java.math.BigDecimal;

/** An order line as FakeShopee reports it in {@code item_list}; {@code modelId} 0 means no variants. */
public record FakeOrderItem(long itemId, String itemSku, long modelId, String modelSku, int quantity,
                            BigDecimal originalPrice, BigDecimal discountedPrice) {
}
