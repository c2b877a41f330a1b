package com.exzentcg.platform.connector.shopee;

import java.util.List;

/**
 * Typed Shopee Open Platform v2 calls. Every call is signed, retried on Shopee's transient errors and
 * answers records; Shopee's error envelope surfaces as {@link ShopeeApiException}, transport failures as
 * {@link ShopeeTransportException}. Both are unchecked.
 */
public interface ShopeeConnection extends AutoCloseable {

    /** Exchanges a single-use authorization code (public-level call). */
    TokenGrant getAccessToken(ShopeePartner partner, String code, long shopId);

    /** Refreshes; the answer carries a NEW refresh token, the old one is dead from now on. */
    TokenGrant refreshAccessToken(ShopeePartner partner, String refreshToken, long shopId);

    /** One page of order numbers; {@code timeRangeField} is create_time or update_time, range at most 15 days. */
    OrderPage getOrderList(ShopeeShop shop, String timeRangeField, long timeFrom, long timeTo,
                           int pageSize, String cursor);

    /** Full details of 1..50 orders, always with the optional fields the platform needs. */
    List<OrderDetail> getOrderDetail(ShopeeShop shop, List<String> orderSns);

    EscrowDetail getEscrowDetail(ShopeeShop shop, String orderSn);

    /** Pickup warehouses; empty for a shop that is not multi-warehouse. */
    List<Warehouse> getWarehouseDetail(ShopeeShop shop);

    List<Model> getModelList(ShopeeShop shop, long itemId);

    /** Sets absolute seller stock for one item; per-entry failures come back in the result. */
    StockUpdateResult updateStock(ShopeeShop shop, long itemId, List<StockEntry> stock);

    /** Up to 100 unconfirmed pushes of the last 3 days. */
    LostPushPage getLostPushMessages(ShopeePartner partner);

    void confirmLostPushMessages(ShopeePartner partner, long lastMessageId);

    /** The signed classic authorization link; pure, no call is made. */
    default String authorizationUrl(ShopeePartner partner, String redirectUrl, long timestamp) {
        return ShopeeAuthLink.authorizationUrl(partner, redirectUrl, timestamp);
    }

    /** Returns the handle to the pool; never throws a checked exception. */
    @Override
    void close();
}
