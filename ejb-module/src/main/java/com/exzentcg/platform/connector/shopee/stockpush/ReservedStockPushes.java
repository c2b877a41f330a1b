package com.exzentcg.platform.connector.shopee.stockpush;

import com.exzentcg.platform.connector.shopee.webhook.EventHandling;
import com.exzentcg.platform.connector.shopee.webhook.PushEnvelope;
import com.exzentcg.platform.connector.shopee.webhook.ReservedStockPushHandler;
import com.exzentcg.platform.connector.shopee.webhook.ClaimedEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a reserved-stock-change push (code 8): records the model's new reserved (promotion)
 * stock and makes the item due, so the next push never goes below it. When the push names a
 * listed item but no usable number or model, the item is re-read from Shopee
 * ({@code get_model_list} has the reserved stock), so an unexpected payload shape still works.
 */
@Stateless
public class ReservedStockPushes implements ReservedStockPushHandler {

    @EJB
    ShopeeListings listings;

    @EJB
    StockPushes pushes;

    @Override
    public EventHandling.Handled handle(ClaimedEvent event, PushEnvelope push) {
        String profileId = event.profileId();
        List<ReservedStockChange> changes = ReservedStockChange.parse(push.data());
        if (profileId == null || changes.isEmpty()) {
            return new EventHandling.Handled(false, "push names no item or profile");
        }
        Set<Long> touched = new LinkedHashSet<>();
        Set<Long> reread = new LinkedHashSet<>();
        List<Long> unknown = new ArrayList<>();
        for (ReservedStockChange change : changes) {
            List<ShopeeListing> models = listings.models(profileId, change.itemId());
            if (models.isEmpty()) {
                unknown.add(change.itemId());
                continue;
            }
            Long modelId = modelOf(change, models);
            if (change.reserved() != null && modelId != null
                    && listings.reserved(profileId, change.itemId(), modelId, change.reserved())) {
                touched.add(change.itemId());
            } else if (reread.add(change.itemId())) {
                listings.refreshItem(profileId, change.itemId());
                touched.add(change.itemId());
            }
        }
        touched.forEach(item -> pushes.itemChanged(profileId, item));
        if (touched.isEmpty()) {
            return new EventHandling.Handled(false, "item(s) " + unknown + " are not listed; refresh listings first");
        }
        return new EventHandling.Handled(true, null);
    }

    /** The push's model, model 0 (no variations), or the only listed model; null when it cannot tell. */
    static Long modelOf(ReservedStockChange change, List<ShopeeListing> models) {
        if (change.modelId() != null) {
            return change.modelId();
        }
        if (models.size() == 1) {
            return models.get(0).modelId();
        }
        return models.stream().anyMatch(m -> m.modelId() == 0) ? Long.valueOf(0) : null;
    }
}
