package com.exzentcg.platform.connector.shopee.client;

import com.exzentcg.platform.connector.shopee.EscrowDetail;
import com.exzentcg.platform.connector.shopee.LostPushPage;
import com.exzentcg.platform.connector.shopee.Model;
import com.exzentcg.platform.connector.shopee.OrderDetail;
import com.exzentcg.platform.connector.shopee.OrderPage;
import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeConnection;
import com.exzentcg.platform.connector.shopee.ShopeePartner;
import com.exzentcg.platform.connector.shopee.ShopeeShop;
import com.exzentcg.platform.connector.shopee.StockEntry;
import com.exzentcg.platform.connector.shopee.StockUpdateResult;
import com.exzentcg.platform.connector.shopee.TokenGrant;
import com.exzentcg.platform.connector.shopee.Warehouse;
import jakarta.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The typed Shopee calls over {@link ShopeeHttpClient}, usable without a container (tests, tools).
 * The JCA connection handle delegates here; {@link #close()} does nothing.
 */
public final class ShopeeClient implements ShopeeConnection {

    /** Without these Shopee leaves out items, amounts and the address (reference §5, pitfall 10). */
    public static final String ORDER_DETAIL_FIELDS = "item_list,total_amount,buyer_user_id,buyer_username,"
            + "recipient_address,pay_time,package_list,payment_method,cancel_by,cancel_reason,note";

    static final String TOKEN_GET = "/api/v2/auth/token/get";
    static final String TOKEN_REFRESH = "/api/v2/auth/access_token/get";
    static final String ORDER_LIST = "/api/v2/order/get_order_list";
    static final String ORDER_DETAIL = "/api/v2/order/get_order_detail";
    static final String ESCROW_DETAIL = "/api/v2/payment/get_escrow_detail";
    static final String WAREHOUSE_DETAIL = "/api/v2/shop/get_warehouse_detail";
    static final String MODEL_LIST = "/api/v2/product/get_model_list";
    static final String UPDATE_STOCK = "/api/v2/product/update_stock";
    static final String LOST_PUSH = "/api/v2/push/get_lost_push_message";
    static final String CONFIRM_LOST_PUSH = "/api/v2/push/confirm_consumed_lost_push_message";

    // Shopee's answer for a shop that is not multi-warehouse: it simply has no warehouses
    private static final String NOT_MULTI_WAREHOUSE = "warehouse.error_not_in_whitelist";
    // a partial stock failure comes as an error next to the per-entry lists the caller needs
    private static final String STOCK_PARTIALLY_FAILED = "error_busi_update_stock_failed";
    private static final Set<String> TIME_RANGE_FIELDS = Set.of("create_time", "update_time");

    private final ShopeeHttpClient http;

    public ShopeeClient(ShopeeHttpClient http) {
        this.http = Objects.requireNonNull(http);
    }

    @Override
    public TokenGrant getAccessToken(ShopeePartner partner, String code, long shopId) {
        // the code is single-use: never re-sent once it may have reached Shopee
        ShopeeRequest request = ShopeeRequest.post(TOKEN_GET, ShopeeJson.tokenRequest(code, partner.partnerId(), shopId))
                .notReplaySafe(code);
        return ShopeeJson.tokenGrant(http.send(publicTarget(partner), request));
    }

    @Override
    public TokenGrant refreshAccessToken(ShopeePartner partner, String refreshToken, long shopId) {
        // the refresh token is single-use too: a blind re-send after a timeout could burn the new pair
        ShopeeRequest request = ShopeeRequest.post(TOKEN_REFRESH,
                        ShopeeJson.refreshRequest(refreshToken, partner.partnerId(), shopId))
                .notReplaySafe(refreshToken);
        return ShopeeJson.tokenGrant(http.send(publicTarget(partner), request));
    }

    @Override
    public OrderPage getOrderList(ShopeeShop shop, String timeRangeField, long timeFrom, long timeTo,
                                  int pageSize, String cursor) {
        if (!TIME_RANGE_FIELDS.contains(timeRangeField)) {
            throw new IllegalArgumentException("timeRangeField must be create_time or update_time: " + timeRangeField);
        }
        requireRange("pageSize", pageSize, 1, 100);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("time_range_field", timeRangeField);
        params.put("time_from", Long.toString(timeFrom));
        params.put("time_to", Long.toString(timeTo));
        params.put("page_size", Integer.toString(pageSize));
        params.put("cursor", cursor == null ? "" : cursor);
        params.put("response_optional_fields", "order_status");
        return ShopeeJson.orderPage(http.send(shopTarget(shop), ShopeeRequest.get(ORDER_LIST, params)));
    }

    @Override
    public List<OrderDetail> getOrderDetail(ShopeeShop shop, List<String> orderSns) {
        requireRange("orderSns size", orderSns.size(), 1, 50);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("order_sn_list", String.join(",", orderSns));
        params.put("response_optional_fields", ORDER_DETAIL_FIELDS);
        return ShopeeJson.orderDetails(http.send(shopTarget(shop), ShopeeRequest.get(ORDER_DETAIL, params)));
    }

    @Override
    public EscrowDetail getEscrowDetail(ShopeeShop shop, String orderSn) {
        return ShopeeJson.escrowDetail(http.send(shopTarget(shop),
                ShopeeRequest.get(ESCROW_DETAIL, Map.of("order_sn", orderSn))));
    }

    @Override
    public List<Warehouse> getWarehouseDetail(ShopeeShop shop) {
        JsonObject envelope = http.send(shopTarget(shop),
                ShopeeRequest.get(WAREHOUSE_DETAIL, Map.of()).answeringOn(NOT_MULTI_WAREHOUSE));
        if (NOT_MULTI_WAREHOUSE.equals(ShopeeJson.string(envelope, "error"))) {
            return List.of();
        }
        return ShopeeJson.warehouses(envelope);
    }

    @Override
    public List<Model> getModelList(ShopeeShop shop, long itemId) {
        return ShopeeJson.models(http.send(shopTarget(shop),
                ShopeeRequest.get(MODEL_LIST, Map.of("item_id", Long.toString(itemId)))));
    }

    @Override
    public StockUpdateResult updateStock(ShopeeShop shop, long itemId, List<StockEntry> stock) {
        requireRange("stock entries", stock.size(), 1, 50);
        // absolute values, so re-sending after a timeout is harmless
        ShopeeRequest request = ShopeeRequest.post(UPDATE_STOCK, ShopeeJson.stockRequest(itemId, stock))
                .answeringOn(STOCK_PARTIALLY_FAILED);
        JsonObject envelope = http.send(shopTarget(shop), request);
        StockUpdateResult result = ShopeeJson.stockUpdateResult(envelope);
        if (STOCK_PARTIALLY_FAILED.equals(ShopeeJson.string(envelope, "error")) && result.failures().isEmpty()) {
            // the error without the lists would be a silent loss: surface it as the error it is
            throw new ShopeeApiException(STOCK_PARTIALLY_FAILED, ShopeeJson.string(envelope, "message"),
                    ShopeeJson.string(envelope, "request_id"));
        }
        return result;
    }

    @Override
    public LostPushPage getLostPushMessages(ShopeePartner partner) {
        return ShopeeJson.lostPushPage(http.send(publicTarget(partner), ShopeeRequest.get(LOST_PUSH, Map.of())));
    }

    @Override
    public void confirmLostPushMessages(ShopeePartner partner, long lastMessageId) {
        http.send(publicTarget(partner), ShopeeRequest.post(CONFIRM_LOST_PUSH, ShopeeJson.confirmRequest(lastMessageId)));
    }

    /** Nothing to release: the HTTP client is shared and owned by whoever created it. */
    @Override
    public void close() {
    }

    private static ShopeeShop publicTarget(ShopeePartner partner) {
        return new ShopeeShop(partner.baseUrl(), partner.partnerId(), partner.partnerKey(), null, null);
    }

    private static ShopeeShop shopTarget(ShopeeShop shop) {
        if (!shop.isShopLevel()) {
            throw new IllegalArgumentException("shop API needs a shop id and an access token: " + shop);
        }
        return shop;
    }

    private static void requireRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + value);
        }
    }
}
