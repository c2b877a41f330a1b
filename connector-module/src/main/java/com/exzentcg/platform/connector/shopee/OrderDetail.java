package com.exzentcg.platform.connector.shopee;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order as {@code get_order_detail} tells it. Times are Unix seconds; amounts are in the order's
 * currency. Optional Shopee fields that were absent are null (e.g. {@code totalAmount} before payment).
 */
public record OrderDetail(
        String orderSn,
        String region,
        String currency,
        String orderStatus,
        long createTime,
        long updateTime,
        Long payTime,
        BigDecimal totalAmount,
        Long buyerUserId,
        String buyerUsername,
        String paymentMethod,
        String messageToSeller,
        String note,
        String cancelBy,
        String cancelReason,
        Recipient recipient,
        List<Item> items,
        List<ShippingPackage> packages) {

    public OrderDetail {
        items = List.copyOf(items);
        packages = List.copyOf(packages);
    }

    /** Shopee masks some fields with {@code ****} in some regions; they are passed on as sent. */
    public record Recipient(String name, String phone, String town, String district, String city,
                            String state, String region, String zipcode, String fullAddress) {
    }

    /**
     * @param modelId         0 when the item has no variants
     * @param discountedPrice 0 for bundle-deal items, as Shopee reports them
     */
    public record Item(long itemId, String itemName, String itemSku, long modelId, String modelName,
                       String modelSku, int quantity, BigDecimal originalPrice, BigDecimal discountedPrice) {
    }

    public record ShippingPackage(String packageNumber, String logisticsStatus, String shippingCarrier) {
    }
}
