package com.exzentcg.platform.connector.shopee;

import java.math.BigDecimal;

/**
 * The money side of one order ({@code get_escrow_detail}). {@code escrowAmount} keeps changing until
 * the order completes. Absent fields are null; {@code orderIncomeJson} is Shopee's {@code order_income}
 * object verbatim, for audit and for fields not mapped here.
 */
public record EscrowDetail(
        String orderSn,
        String buyerUserName,
        BigDecimal escrowAmount,
        BigDecimal buyerTotalAmount,
        BigDecimal originalPrice,
        BigDecimal sellerDiscount,
        BigDecimal shopeeDiscount,
        BigDecimal voucherFromSeller,
        BigDecimal voucherFromShopee,
        BigDecimal commissionFee,
        BigDecimal serviceFee,
        BigDecimal sellerTransactionFee,
        BigDecimal buyerPaidShippingFee,
        BigDecimal actualShippingFee,
        BigDecimal finalShippingFee,
        BigDecimal escrowAmountAfterAdjustment,
        String orderIncomeJson) {
}
