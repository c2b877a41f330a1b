package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.connector.shopee.oauth.CallbackOutcome;
import com.exzentcg.platform.connector.shopee.oauth.ShopeeAuthorization;
import com.exzentcg.platform.connector.shopee.profile.NewShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.connector.shopee.token.TokenRefreshSweep;
import com.exzentcg.platform.connector.shopee.token.TokenRefresher;
import com.exzentcg.platform.connector.shopee.warehouse.ShopeeWarehouses;
import com.exzentcg.platform.it.Deployments;
import jakarta.ejb.EJB;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly: the refresh timer's pass (as two nodes' timers firing at once) and operators'
 * refresh buttons racing on one shop make exactly one refresh call to Shopee.
 */
@ExtendWith(ArquillianExtension.class)
class TokenRefreshRaceIT {

    @Deployment
    static EnterpriseArchive ear() {
        return Deployments.platformWithTestAndFakeShopee(TokenRefreshRaceIT.class);
    }

    @EJB
    ShopeeProfiles profiles;

    @EJB
    ShopeeAuthorization authorization;

    @EJB
    TokenRefreshSweep sweep;

    @EJB
    TokenRefresher refresher;

    @EJB
    ShopeeWarehouses warehouses;

    @Test
    void timersAndButtonsRacingOnOneShopRefreshItOnce() throws Exception {
        long partnerId = 3_000_000 + System.nanoTime() % 1_000_000;
        long shopId = partnerId + 1;
        String key = "shpk" + Long.toHexString(System.nanoTime()) + "0123456789abcdef0123456789abcdef";
        try (FakeShopee fake = FakeShopee.start()) {
            fake.registerPartner(partnerId, key).registerShop(partnerId, shopId);
            // Inside the refresh margin from the start, so the timer considers it due.
            fake.accessTokenLifetime(Duration.ofMinutes(10));
            fake.putWarehouse(shopId, 5, "Main", "SGM");
            ShopeeProfile profile = profiles.create(new NewShopeeProfile("Race shop", "sandbox", "SG", partnerId, key,
                    null, shopId, fake.baseUrl(), null));
            String redirect = query(authorization.linkFor(profile.id()), "redirect");
            CallbackOutcome connected = authorization.complete("sandbox", fake.issueAuthCode(shopId), shopId,
                    profile.id(), query(redirect, "state"));
            assertEquals("connected", connected.status(), String.valueOf(connected.reason()));

            int before = fake.refreshCalls();
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<String>> racers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                racers.add(() -> {
                    start.await();
                    return "sweep:" + sweep.run();
                });
            }
            for (int i = 0; i < 6; i++) {
                racers.add(() -> {
                    start.await();
                    return "button:" + refresher.refreshNow(profile.id());
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(racers.size());
            List<String> outcomes = new ArrayList<>();
            try {
                List<Future<String>> results = new ArrayList<>();
                racers.forEach(r -> results.add(pool.submit(r)));
                start.countDown();
                for (Future<String> f : results) {
                    outcomes.add(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, fake.refreshCalls() - before, outcomes.toString());
            assertEquals(1, outcomes.stream().filter(o -> o.equals("button:REFRESHED") || o.equals("sweep:1")).count(),
                    outcomes.toString());
            assertTrue(outcomes.stream().filter(o -> o.startsWith("button:"))
                    .allMatch(o -> o.equals("button:REFRESHED") || o.equals("button:ALREADY_REFRESHED")), outcomes.toString());
            assertEquals(1, profiles.get(profile.id()).refreshCount());
            // The new pair is the one in use, and nothing refreshed it again.
            assertEquals("SGM", warehouses.refresh(profile.id()).get(0).locationId());
            assertEquals(1, fake.refreshCalls() - before);
        }
    }

    private static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in " + url);
    }
}
