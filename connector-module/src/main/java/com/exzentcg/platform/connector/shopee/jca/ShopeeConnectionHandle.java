package com.exzentcg.platform.connector.shopee.jca;

import com.exzentcg.platform.connector.shopee.EscrowDetail;
import com.exzentcg.platform.connector.shopee.LostPushPage;
import com.exzentcg.platform.connector.shopee.Model;
import com.exzentcg.platform.connector.shopee.OrderDetail;
import com.exzentcg.platform.connector.shopee.OrderPage;
import com.exzentcg.platform.connector.shopee.ShopeeConnection;
import com.exzentcg.platform.connector.shopee.ShopeePartner;
import com.exzentcg.platform.connector.shopee.ShopeeShop;
import com.exzentcg.platform.connector.shopee.StockEntry;
import com.exzentcg.platform.connector.shopee.StockUpdateResult;
import com.exzentcg.platform.connector.shopee.TokenGrant;
import com.exzentcg.platform.connector.shopee.Warehouse;
import com.exzentcg.platform.connector.shopee.client.ShopeeClient;

import java.util.List;

/** What {@code getConnection()} returns: delegates to the client until closed. */
public class ShopeeConnectionHandle implements ShopeeConnection {

    private volatile ShopeeManagedConnection managed;

    ShopeeConnectionHandle(ShopeeManagedConnection managed) {
        this.managed = managed;
    }

    @Override
    public TokenGrant getAccessToken(ShopeePartner partner, String code, long shopId) {
        return client().getAccessToken(partner, code, shopId);
    }

    @Override
    public TokenGrant refreshAccessToken(ShopeePartner partner, String refreshToken, long shopId) {
        return client().refreshAccessToken(partner, refreshToken, shopId);
    }

    @Override
    public OrderPage getOrderList(ShopeeShop shop, String timeRangeField, long timeFrom, long timeTo,
                                  int pageSize, String cursor) {
        return client().getOrderList(shop, timeRangeField, timeFrom, timeTo, pageSize, cursor);
    }

    @Override
    public List<OrderDetail> getOrderDetail(ShopeeShop shop, List<String> orderSns) {
        return client().getOrderDetail(shop, orderSns);
    }

    @Override
    public EscrowDetail getEscrowDetail(ShopeeShop shop, String orderSn) {
        return client().getEscrowDetail(shop, orderSn);
    }

    @Override
    public List<Warehouse> getWarehouseDetail(ShopeeShop shop) {
        return client().getWarehouseDetail(shop);
    }

    @Override
    public List<Model> getModelList(ShopeeShop shop, long itemId) {
        return client().getModelList(shop, itemId);
    }

    @Override
    public StockUpdateResult updateStock(ShopeeShop shop, long itemId, List<StockEntry> stock) {
        return client().updateStock(shop, itemId, stock);
    }

    @Override
    public LostPushPage getLostPushMessages(ShopeePartner partner) {
        return client().getLostPushMessages(partner);
    }

    @Override
    public void confirmLostPushMessages(ShopeePartner partner, long lastMessageId) {
        client().confirmLostPushMessages(partner, lastMessageId);
    }

    /** Idempotent: a second close is a no-op, as try-with-resources plus an explicit close would do. */
    @Override
    public void close() {
        ShopeeManagedConnection current = managed;
        managed = null;
        if (current != null) {
            current.closed(this);
        }
    }

    void moveTo(ShopeeManagedConnection target) {
        ShopeeManagedConnection previous = managed;
        if (previous != null && previous != target) {
            previous.released(this);
        }
        managed = target;
    }

    void invalidate() {
        managed = null;
    }

    private ShopeeClient client() {
        ShopeeManagedConnection current = managed;
        if (current == null) {
            throw new IllegalStateException("Shopee connection is closed");
        }
        return current.client();
    }
}
