package com.exzentcg.platform.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed platform seen from outside: health, packaging and the error contract. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    private final Http http = new Http();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @Test
    void healthOnTheApplicationPortIsUpWhenReady() {
        Http.Reply reply = http.get("/health");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("UP", reply.json().getString("status"));
    }

    @Test
    void readinessCoversDatabaseAndMigrations() {
        Http.Reply reply = http.get("/health/ready");
        assertEquals(200, reply.status(), reply.body());
        Map<String, JsonObject> checks = checksByName(reply.json());
        assertEquals("UP", checks.get("database").getString("status"));
        assertEquals("UP", checks.get("migrations").getString("status"));
        assertFalse(checks.get("migrations").getJsonObject("data").getString("schema_version").isBlank());
    }

    @Test
    void livenessCarriesTheApplicationCheck() {
        Http.Reply reply = http.get("/health/live");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("UP", checksByName(reply.json()).get("tcg-platform").getString("status"));
    }

    @Test
    void earHoldsTheEjbJarTheWarAndTheRar() throws IOException {
        try (ZipFile ear = new ZipFile(new File(System.getProperty("ear.path")))) {
            var names = ear.stream().map(e -> e.getName()).collect(Collectors.toSet());
            assertTrue(names.contains("tcg-ejb.jar"), names.toString());
            assertTrue(names.contains("tcg-web.war"), names.toString());
            assertTrue(names.contains("shopee-connector.rar"), names.toString());
            assertTrue(names.contains("lib/health-module.jar"), names.toString());
            assertTrue(names.contains("lib/flyway-core.jar"), names.toString());
        }
    }

    @Test
    void unknownRouteAnswersTheContractsNotFoundBody() {
        Http.Reply reply = Http.admin().get("/admin/no-such-thing");
        assertEquals(404, reply.status());
        assertEquals("not_found", reply.json().getString("type"));
        assertTrue(reply.json().containsKey("message"));
    }

    @Test
    void wrongMediaTypeIsA415WithTheContractsBody() {
        Http.Reply reply = Http.admin().send("POST", "/admin/stock-locations", "text/plain", "code=X");
        assertEquals(415, reply.status());
        assertEquals("invalid_data", reply.json().getString("type"));
    }

    @Test
    void brokenJsonIsA400ThatLeaksNoParserDetail() {
        Http.Reply reply = Http.admin().post("/admin/stock-locations", "{\"code\": \"A\", ");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("invalid_data", reply.json().getString("type"));
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("at org."), reply.body());
    }

    private static Map<String, JsonObject> checksByName(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
    }
}
