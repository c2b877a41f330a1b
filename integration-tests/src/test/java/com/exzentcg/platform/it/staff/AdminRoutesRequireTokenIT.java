package com.exzentcg.platform.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every admin route the application declares (discovered by reflection, not listed) and
 * proves that without a valid token each one answers 401 in the contract's error shape.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminRoutesRequireTokenIT {

    /** The only admin routes that may be called without a token: the ones that hand tokens out. */
    private static final Set<String> PUBLIC_ADMIN_ROUTES = Set.of("POST /admin/auth/login");

    private final Http anonymous = new Http();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    private static List<AdminRoutes.Route> adminRoutes() {
        List<AdminRoutes.Route> routes = AdminRoutes.all().stream().filter(AdminRoutes.Route::isAdmin).toList();
        // Sanity: discovery really found the application's routes.
        Set<String> found = routes.stream().map(r -> r.method() + " " + r.template()).collect(Collectors.toSet());
        assertTrue(found.containsAll(Set.of("GET /admin/stock-locations", "PATCH /admin/stock-locations/{id}",
                "GET /admin/staff", "GET /admin/audit-log", "GET /admin/auth/me")), found.toString());
        return routes;
    }

    @Test
    void everyAdminRouteAnswers401WithoutAToken() {
        List<String> failures = new ArrayList<>();
        for (AdminRoutes.Route route : adminRoutes()) {
            if (route.permitAll()) {
                continue;
            }
            Http.Reply reply = anonymous.send(route.method(), route.samplePath(), "application/json", bodyFor(route));
            if (reply.status() != 401 || !reply.body().contains("\"unauthorized\"")) {
                failures.add(route + " -> " + reply.status() + " " + reply.body());
            }
        }
        assertTrue(failures.isEmpty(), "Admin routes reachable without a token:\n" + String.join("\n", failures));
    }

    @Test
    void everyAdminRouteAnswers401ForAForgedToken() {
        Http forged = new Http().as("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        List<String> failures = new ArrayList<>();
        for (AdminRoutes.Route route : adminRoutes()) {
            if (route.permitAll()) {
                continue;
            }
            Http.Reply reply = forged.send(route.method(), route.samplePath(), "application/json", bodyFor(route));
            if (reply.status() != 401) {
                failures.add(route + " -> " + reply.status());
            }
        }
        assertTrue(failures.isEmpty(), "Admin routes accepting a forged token:\n" + String.join("\n", failures));
    }

    @Test
    void onlyTheLoginRouteIsOpenAndItIsNotA401() {
        List<String> open = adminRoutes().stream().filter(AdminRoutes.Route::permitAll)
                .map(r -> r.method() + " " + r.template()).toList();
        assertEquals(PUBLIC_ADMIN_ROUTES, Set.copyOf(open));
        assertEquals(400, anonymous.post("/admin/auth/login", "{}").status());
    }

    @Test
    void unknownAdminPathsAlso401SoAnonymousClientsCannotMapTheApi() {
        assertEquals(401, anonymous.get("/admin/no-such-thing").status());
        assertEquals(401, anonymous.get("/admin").status());
        assertEquals(401, anonymous.get("/admin;x=1/staff").status());
    }

    @Test
    void publicRoutesOutsideAdminNeedNoToken() {
        assertEquals(200, anonymous.get("/health").status());
    }

    private static String bodyFor(AdminRoutes.Route route) {
        return Set.of("POST", "PUT", "PATCH").contains(route.method()) ? "{}" : null;
    }
}
