package com.exzentcg.platform.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each role against a representative route of each area. Roles are ordered owner ⊇ admin ⊇
 * operator ⊇ viewer, so a row only names the weakest role allowed; adding an area is one row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

    private static final List<String> ROLES = List.of("viewer", "operator", "admin", "owner");

    /** One route probe: allowed answers anything but 401/403, denied answers 403. */
    record Row(String area, String method, String path, Supplier<String> body, String weakestAllowed) {
        boolean allows(String role) {
            return ROLES.indexOf(role) >= ROLES.indexOf(weakestAllowed);
        }
    }

    private static final List<Row> MATRIX = List.of(
            new Row("session", "GET", "/admin/auth/me", () -> null, "viewer"),
            new Row("stock locations", "GET", "/admin/stock-locations", () -> null, "viewer"),
            new Row("stock locations", "GET", "/admin/stock-locations/sloc_matrix", () -> null, "viewer"),
            new Row("stock locations", "POST", "/admin/stock-locations", RoleMatrixIT::newLocation, "admin"),
            new Row("stock locations", "PATCH", "/admin/stock-locations/sloc_matrix", () -> "{\"name\": \"x\"}", "admin"),
            new Row("staff", "GET", "/admin/staff", () -> null, "admin"),
            new Row("staff", "GET", "/admin/staff/user_matrix", () -> null, "admin"),
            new Row("staff", "POST", "/admin/staff", () -> "{}", "admin"),
            new Row("staff", "PATCH", "/admin/staff/user_matrix", () -> "{\"name\": \"x\"}", "admin"),
            new Row("audit", "GET", "/admin/audit-log", () -> null, "admin"),
            new Row("shopee sku mappings", "GET", "/admin/connectors/shopee/sku-mappings", () -> null, "viewer"),
            new Row("shopee sku mappings", "POST", "/admin/connectors/shopee/sku-mappings", () -> "{}", "admin"),
            new Row("shopee sku mappings", "DELETE", "/admin/connectors/shopee/sku-mappings/skm_matrix", () -> null, "admin"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @TestFactory
    Stream<DynamicTest> eachRoleOnEachArea() {
        return ROLES.stream().flatMap(role -> MATRIX.stream().map(row -> DynamicTest.dynamicTest(
                role + " " + row.method() + " " + row.path() + " (" + row.area() + ")", () -> {
                    Http client = Http.withRole(role);
                    String body = row.body().get();
                    Http.Reply reply = client.send(row.method(), row.path(), body == null ? null : "application/json", body);
                    if (row.allows(role)) {
                        assertNotEquals(401, reply.status(), reply.body());
                        assertNotEquals(403, reply.status(), reply.body());
                    } else {
                        assertEquals(403, reply.status(), reply.body());
                        assertEquals("forbidden", reply.json().getString("type"));
                    }
                })));
    }

    private static String newLocation() {
        return "{\"code\": \"RM-" + UUID.randomUUID().toString().substring(0, 8)
                + "\", \"name\": \"Matrix\", \"type\": \"store\"}";
    }
}
