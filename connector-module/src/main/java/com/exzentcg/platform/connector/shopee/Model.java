package com.exzentcg.platform.connector.shopee;

import java.util.List;

/**
 * One variant of an item with its stock ({@code get_model_list}, {@code stock_info_v2}).
 *
 * @param sellerStock the seller's own stock per location; the only stock we can set
 */
public record Model(long modelId, String modelSku, String modelStatus, int totalAvailableStock,
                    int totalReservedStock, List<LocationStock> sellerStock) {

    public Model {
        sellerStock = List.copyOf(sellerStock);
    }

    /** @param locationId null for a shop without warehouses */
    public record LocationStock(String locationId, int stock, boolean saleable) {
    }
}
