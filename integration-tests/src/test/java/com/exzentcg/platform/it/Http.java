package com.exzentcg.platform.it;

import com.exzentcg.platform.staff.bootstrap.CreateOwner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A tiny JSON-over-HTTP client for black-box tests against the running platform. */
public final class Http {

    public static final String BASE = System.getProperty("it.base.url", "http://127.0.0.1:8080");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Supplier<String> bearer;
    private String cookie;
    private final Map<String, String> extraHeaders = new java.util.LinkedHashMap<>();

    /** The run's bootstrap owner, created once through the real bootstrap command. */
    private static String ownerToken;
    private static StaffMember owner;
    private static final Map<String, StaffMember> BY_ROLE = new ConcurrentHashMap<>();

    public Http() {
    }

    /**
     * A client authenticated as a staff owner, for tests of admin routes. The first call
     * bootstraps an owner with {@link CreateOwner} against the test database, logs in and
     * replaces the forced bootstrap password; the token is reused for the rest of the run.
     */
    public static Http admin() {
        Http http = new Http();
        http.bearer = Http::ownerToken;
        return http;
    }

    /** The bootstrap owner behind {@link #admin()}: id, email and current password. */
    public static synchronized StaffMember owner() {
        ownerToken();
        return owner;
    }

    /**
     * A client for a staff user holding {@code role} (owner, admin, operator, viewer), created
     * through the API on first use and reused while its session stays valid.
     */
    public static Http withRole(String role) {
        return BY_ROLE.compute(role, (r, existing) ->
                existing != null && existing.http().get("/admin/auth/me").status() == 200 ? existing : newStaff(r))
                .http();
    }

    /** A brand-new staff user of {@code role}, already past the forced first password change. */
    public static StaffMember newStaff(String role) {
        StaffMember fresh = createStaff(role);
        return fresh.rotatePassword();
    }

    /** A brand-new staff user exactly as an admin created it: must still change the password. */
    public static StaffMember createStaff(String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 12) + "@it.tcg.test";
        String password = newPassword();
        Reply created = admin().post("/admin/staff", Json.createObjectBuilder()
                .add("email", email).add("name", "IT " + role).add("role", role).add("password", password).build());
        if (created.status() != 201) {
            throw new IllegalStateException("Cannot create a " + role + ": " + created.status() + " " + created.body());
        }
        Reply login = login(email, password);
        if (login.status() != 200) {
            throw new IllegalStateException("Cannot log in as the new " + role + ": " + login.status() + " " + login.body());
        }
        return new StaffMember(created.json().getString("id"), email, password,
                new Http().as(login.json().getString("token")));
    }

    /** A staff user the tests created, with the password currently valid for it. */
    public record StaffMember(String id, String email, String password, Http http) {

        /** Changes the password (answering the must-change gate) and returns the new session's client. */
        public StaffMember rotatePassword() {
            String next = newPassword();
            Reply reply = http.post("/admin/auth/password", Json.createObjectBuilder()
                    .add("current_password", password).add("new_password", next).build());
            if (reply.status() != 200) {
                throw new IllegalStateException("Password change failed: " + reply.status() + " " + reply.body());
            }
            return new StaffMember(id, email, next, new Http().as(reply.json().getString("token")));
        }

        public String token() {
            return http.bearer.get();
        }
    }

    public static Reply login(String email, String password) {
        return new Http().post("/admin/auth/login", Json.createObjectBuilder()
                .add("email", email).add("password", password).build());
    }

    public static String newPassword() {
        return "it-pw-" + UUID.randomUUID();
    }

    private static synchronized String ownerToken() {
        if (ownerToken == null) {
            String email = "it-owner-" + UUID.randomUUID().toString().substring(0, 8) + "@it.tcg.test";
            String password = newPassword();
            try {
                CreateOwner.Result created = CreateOwner.run(TestDatabase.url(), TestDatabase.user(),
                        TestDatabase.password(), email, password.toCharArray(), true);
                Reply login = login(email, password);
                if (login.status() != 200) {
                    throw new IllegalStateException("Bootstrap owner cannot log in: " + login.status() + " " + login.body());
                }
                StaffMember bootstrap = new StaffMember(created.userId(), email, password,
                        new Http().as(login.json().getString("token"))).rotatePassword();
                owner = bootstrap;
                ownerToken = bootstrap.token();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot bootstrap the test owner: " + e.getMessage(), e);
            }
        }
        return ownerToken;
    }

    /** A client sending {@code token} as its bearer (and whatever cookie this one sends). */
    public Http as(String token) {
        Http http = new Http();
        http.bearer = () -> token;
        http.cookie = cookie;
        return http;
    }

    /** This client, also sending {@code name: value} on every request. */
    public Http withHeader(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    /** The same client sending the session cookie instead of an Authorization header. */
    public static Http withCookie(String cookieValue) {
        Http http = new Http();
        http.cookie = cookieValue;
        return http;
    }

    /** What came back: status, headers and the body (parsed lazily as JSON). */
    public record Reply(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, JsonStructure json) {
        return post(path, json.toString());
    }

    public Reply patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply patch(String path, JsonStructure json) {
        return patch(path, json.toString());
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply send(String method, String path, String contentType, String body) {
        var builder = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer.get());
        }
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        extraHeaders.forEach(builder::header);
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
