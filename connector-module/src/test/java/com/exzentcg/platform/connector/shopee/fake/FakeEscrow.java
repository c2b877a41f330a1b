package com.exzentcg.platform.connector.shopee.fake;

import java.math.BigDecimal;

/** The {@code order_income} figures FakeShopee answers for one order. */
public record FakeEscrow(String orderSn, BigDecimal escrowAmount, BigDecimal buyerTotalAmount,
                         BigDecimal commissionFee, BigDecimal serviceFee, BigDecimal sellerTransactionFee,
                         BigDecimal actualShippingFee) {
}
