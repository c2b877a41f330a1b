package com.exzentcg.platform.connector.shopee.jca;

import com.exzentcg.platform.connector.shopee.ShopeeConnection;
import com.exzentcg.platform.connector.shopee.ShopeeConnectionFactory;
import com.exzentcg.platform.connector.shopee.ShopeePartner;
import com.exzentcg.platform.connector.shopee.client.ShopeeSettings;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.TransactionSupport;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopeeAdapterTest {

    @Test
    void annotations_declare_the_adapter() {
        Connector connector = ShopeeResourceAdapter.class.getAnnotation(Connector.class);
        assertEquals(TransactionSupport.TransactionSupportLevel.NoTransaction, connector.transactionSupport());

        ConnectionDefinition definition = ShopeeManagedConnectionFactory.class.getAnnotation(ConnectionDefinition.class);
        assertEquals(ShopeeConnectionFactory.class, definition.connectionFactory());
        assertEquals(PooledShopeeConnectionFactory.class, definition.connectionFactoryImpl());
        assertEquals(ShopeeConnection.class, definition.connection());
        assertEquals(ShopeeConnectionHandle.class, definition.connectionImpl());
    }

    @Test
    void config_properties_have_the_documented_defaults() throws Exception {
        ShopeeManagedConnectionFactory factory = new ShopeeManagedConnectionFactory();
        assertEquals(ShopeeSettings.defaults(), factory.settings());
        for (String name : List.of("connectTimeoutMillis", "readTimeoutMillis", "maxAttempts", "backoffMillis")) {
            ConfigProperty property = ShopeeManagedConnectionFactory.class.getDeclaredField(name)
                    .getAnnotation(ConfigProperty.class);
            assertTrue(property != null, name);
        }
        assertEquals("15000", ShopeeManagedConnectionFactory.class.getDeclaredField("readTimeoutMillis")
                .getAnnotation(ConfigProperty.class).defaultValue());
    }

    @Test
    void factories_are_equal_by_configuration() {
        ShopeeManagedConnectionFactory a = new ShopeeManagedConnectionFactory();
        ShopeeManagedConnectionFactory b = new ShopeeManagedConnectionFactory();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        b.setMaxAttempts(1);
        assertNotEquals(a, b);
    }

    @Test
    void a_connection_calls_shopee_and_returns_to_the_pool_on_close() {
        try (FakeShopee fake = FakeShopee.start()) {
            fake.registerPartner(7, "key").addLostPush(FakeShopee.orderStatusPush(1, "SN", "UNPAID", 1));
            ShopeeManagedConnectionFactory factory = new ShopeeManagedConnectionFactory();
            factory.setBackoffMillis(1);
            ShopeeManagedConnection managed = (ShopeeManagedConnection) factory.createManagedConnection(null, null);
            List<ConnectionEvent> events = new ArrayList<>();
            managed.addConnectionEventListener(recording(events));

            ShopeeConnection connection = (ShopeeConnection) managed.getConnection(null, null);
            try (connection) {
                assertEquals(1, connection.getLostPushMessages(new ShopeePartner(fake.baseUrl(), 7, "key"))
                        .messages().size());
            }

            assertEquals(1, events.size());
            assertEquals(ConnectionEvent.CONNECTION_CLOSED, events.get(0).getId());
            assertSame(connection, events.get(0).getConnectionHandle());
            assertThrows(IllegalStateException.class,
                    () -> connection.getLostPushMessages(new ShopeePartner(fake.baseUrl(), 7, "key")));
            connection.close(); // a second close is harmless
            assertEquals(1, events.size());
        }
    }

    @Test
    void managed_connections_share_one_http_client_and_match_any() {
        ShopeeManagedConnectionFactory factory = new ShopeeManagedConnectionFactory();
        ShopeeManagedConnection one = (ShopeeManagedConnection) factory.createManagedConnection(null, null);
        ShopeeManagedConnection two = (ShopeeManagedConnection) factory.createManagedConnection(null, null);
        assertSame(one.client(), two.client());
        assertSame(one, factory.matchManagedConnections(Set.of(one), null, null));
    }

    @Test
    void cleanup_invalidates_handles_and_association_moves_them() {
        ShopeeManagedConnectionFactory factory = new ShopeeManagedConnectionFactory();
        ShopeeManagedConnection one = (ShopeeManagedConnection) factory.createManagedConnection(null, null);
        ShopeeManagedConnection two = (ShopeeManagedConnection) factory.createManagedConnection(null, null);
        ShopeeConnectionHandle handle = (ShopeeConnectionHandle) one.getConnection(null, null);

        two.associateConnection(handle);
        one.cleanup();
        // still usable through "two" (argument check fails before any network call)
        assertThrows(IllegalArgumentException.class, () -> handle.getOrderDetail(
                new ShopeePartner("http://127.0.0.1:1", 1, "k").shop(1, "t"), List.of()));
        two.cleanup();
        assertThrows(IllegalStateException.class, () -> handle.getOrderDetail(
                new ShopeePartner("http://127.0.0.1:1", 1, "k").shop(1, "t"), List.of()));
    }

    @Test
    void non_managed_factory_hands_out_working_connections() {
        ShopeeConnectionFactory factory = (ShopeeConnectionFactory) new ShopeeManagedConnectionFactory()
                .createConnectionFactory();
        try (ShopeeConnection connection = factory.getConnection()) {
            assertTrue(connection.authorizationUrl(new ShopeePartner("https://h", 1, "k"), "https://r", 5)
                    .startsWith("https://h/api/v2/shop/auth_partner?partner_id=1&timestamp=5&sign="));
        }
    }

    @Test
    void settings_reject_nonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> new ShopeeSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new ShopeeSettings(Duration.ZERO, Duration.ofSeconds(1), 1, Duration.ZERO));
    }

    private static ConnectionEventListener recording(List<ConnectionEvent> events) {
        return new ConnectionEventListener() {
            @Override
            public void connectionClosed(ConnectionEvent event) {
                events.add(event);
            }

            @Override
            public void localTransactionStarted(ConnectionEvent event) {
            }

            @Override
            public void localTransactionCommitted(ConnectionEvent event) {
            }

            @Override
            public void localTransactionRolledback(ConnectionEvent event) {
            }

            @Override
            public void connectionErrorOccurred(ConnectionEvent event) {
            }
        };
    }
}
