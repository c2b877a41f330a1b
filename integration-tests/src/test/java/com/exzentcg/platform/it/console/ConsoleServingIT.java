package com.exzentcg.platform.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How the WAR serves the console at /app: deep links, cache headers, the security policy, 404s. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleServingIT {

    private final Http anonymous = new Http();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @Test
    void bareAppPathRedirectsToTheConsoleRoot() {
        Http.Reply reply = anonymous.get("/app");
        assertEquals(302, reply.status());
        assertTrue(reply.header("Location").endsWith("/app/"), reply.header("Location"));
    }

    @Test
    void everyConsoleRouteAnswersTheAppShellWithAStrictPolicy() {
        for (String route : new String[] {"/app/", "/app/orders/ord_01DEEPLINK", "/app/connectors/shopee?env=live&status=ok"}) {
            Http.Reply reply = anonymous.get(route);
            assertEquals(200, reply.status(), route);
            assertTrue(reply.header("Content-Type").startsWith("text/html"), route);
            assertTrue(reply.body().contains("<div id=\"root\">"), route);
            assertEquals("no-cache", reply.header("Cache-Control"), route);
            String policy = reply.header("Content-Security-Policy");
            assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        }
    }

    @Test
    void builtAssetsAreServedImmutableAndMissingOnesAre404() {
        Http.Reply asset = anonymous.get(scriptPath());
        assertEquals(200, asset.status());
        assertTrue(asset.header("Content-Type").contains("javascript"), asset.header("Content-Type"));
        assertTrue(asset.header("Cache-Control").contains("immutable"));
        assertTrue(asset.body().length() > 1000);

        assertEquals(404, anonymous.get("/app/assets/index-doesnotexist.js").status());
        assertEquals(404, anonymous.get("/app/favicon.png").status());
    }

    @Test
    void consoleFilesGoOutGzippedButTheApiDoesNot() {
        Http gzip = new Http().withHeader("Accept-Encoding", "gzip");
        String script = scriptPath();
        Http.Reply asset = gzip.get(script);
        assertEquals(200, asset.status());
        assertEquals("gzip", asset.header("Content-Encoding"));
        assertEquals("gzip", gzip.get("/app/orders").header("Content-Encoding"));
        assertEquals(null, anonymous.get(script).header("Content-Encoding"), "only to clients that ask");
        assertEquals(null, gzip.get("/health").header("Content-Encoding"));
        assertEquals(null, gzip.get("/admin/auth/me").header("Content-Encoding"));
    }

    @Test
    void noPathEscapesTheConsoleFolder() {
        for (String path : new String[] {"/app/../WEB-INF/web.xml", "/app/%2e%2e/WEB-INF/beans.xml", "/app/..%2fWEB-INF/beans.xml"}) {
            Http.Reply reply = anonymous.get(path);
            assertTrue(!reply.body().contains("<beans") && !reply.body().contains("web-app"), path + " leaked " + reply.body());
            assertNotEquals(500, reply.status(), path);
        }
    }

    @Test
    void theApiStillOwnsItsRoutesBesideTheConsole() {
        assertEquals(401, anonymous.get("/admin/auth/me").status());
        assertEquals(200, anonymous.get("/health").status());
    }

    /** The console's script, as index.html names it (its name carries a content hash). */
    private String scriptPath() {
        String index = anonymous.get("/app/").body();
        Matcher script = Pattern.compile("src=\"(/app/assets/[^\"]+\\.js)\"").matcher(index);
        assertTrue(script.find(), index);
        return script.group(1);
    }
}
