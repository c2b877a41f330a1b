package com.exzentcg.platform.connector.shopee.stockpush;

import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeTransportException;
import com.exzentcg.platform.connector.shopee.StockEntry;
import com.exzentcg.platform.connector.shopee.StockUpdateResult;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.connector.shopee.token.ShopeeCalls;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.lock.AdvisoryLocks;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One pass of the stock push, once per cluster at a time: its transaction only holds the advisory
 * lock; every claim and every outcome commits on its own, and the Shopee calls run outside any
 * transaction, so a slow Shopee holds no row locks and a stock change never waits for it.
 */
@Stateless
public class StockPushPass {

    private static final Logger LOG = Logger.getLogger(StockPushPass.class.getName());
    static final String LOCK = "timer:shopee-stock-push";

    @PersistenceContext
    EntityManager em;

    @EJB
    ShopeeProfiles profiles;

    @EJB
    StockPushes pushes;

    @EJB
    ShopeeCalls shopee;

    /** Pushes due items of the active profile until none is due or {@code budget} is spent; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int run(Duration budget) {
        if (!AdvisoryLocks.tryLock(em, LOCK)) {
            return 0;
        }
        Optional<ShopeeProfile> active = profiles.activeProfile();
        if (active.isEmpty()) {
            return 0;
        }
        String profileId = active.get().id();
        long until = System.nanoTime() + budget.toNanos();
        int pushed = 0;
        while (System.nanoTime() < until) {
            Optional<PushPlan> plan = pushes.claimNext(profileId);
            if (plan.isEmpty()) {
                break;
            }
            push(plan.get());
            pushed++;
        }
        return pushed;
    }

    private void push(PushPlan plan) {
        if (plan.models().isEmpty()) {
            pushes.skipped(plan);
            return;
        }
        StockUpdateResult result;
        try {
            List<StockUpdateResult.Success> successes = new ArrayList<>();
            List<StockUpdateResult.Failure> failures = new ArrayList<>();
            for (List<StockEntry> batch : plan.batches()) {
                StockUpdateResult part = shopee.forShop(plan.profileId(),
                        (connection, shop) -> connection.updateStock(shop, plan.itemId(), batch));
                successes.addAll(part.successes());
                failures.addAll(part.failures());
            }
            result = new StockUpdateResult(successes, failures);
        } catch (ShopeeApiException e) {
            pushes.failed(plan, "Shopee " + e.error()
                    + (e.shopeeMessage() == null || e.shopeeMessage().isBlank() ? "" : " (" + e.shopeeMessage() + ")"));
            return;
        } catch (ShopeeTransportException e) {
            pushes.failed(plan, "Shopee could not be reached");
            return;
        } catch (PlatformException e) {
            pushes.failed(plan, e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.warning(() -> "Stock push of item " + plan.itemId() + " failed: " + e);
            pushes.failed(plan, "push failed: " + e.getClass().getSimpleName());
            return;
        }
        pushes.pushed(plan, result);
    }
}
