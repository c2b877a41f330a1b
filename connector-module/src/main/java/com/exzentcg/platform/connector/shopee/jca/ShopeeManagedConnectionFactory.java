package com.exzentcg.platform.connector.shopee.jca;

import com.exzentcg.platform.connector.shopee.ShopeeConnection;
import com.exzentcg.platform.connector.shopee.ShopeeConnectionFactory;
import com.exzentcg.platform.connector.shopee.client.ShopeeClient;
import com.exzentcg.platform.connector.shopee.client.ShopeeHttpClient;
import com.exzentcg.platform.connector.shopee.client.ShopeeSettings;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;

import javax.security.auth.Subject;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Holds the transport settings (set by ironjacamar.xml from environment variables) and the one
 * {@link ShopeeHttpClient} all managed connections share: an HttpClient owns a selector thread and a
 * connection pool, so one per pooled connection would waste both.
 */
@ConnectionDefinition(
        connectionFactory = ShopeeConnectionFactory.class,
        connectionFactoryImpl = PooledShopeeConnectionFactory.class,
        connection = ShopeeConnection.class,
        connectionImpl = ShopeeConnectionHandle.class)
public class ShopeeManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    @ConfigProperty(defaultValue = "5000", description = "TCP connect timeout per attempt, ms")
    private Integer connectTimeoutMillis = 5000;

    @ConfigProperty(defaultValue = "15000", description = "Answer timeout per attempt, ms")
    private Integer readTimeoutMillis = 15000;

    @ConfigProperty(defaultValue = "3", description = "Attempts per call including the first; 1 disables retries")
    private Integer maxAttempts = 3;

    @ConfigProperty(defaultValue = "500", description = "Backoff before the second attempt, ms; doubles after")
    private Integer backoffMillis = 500;

    private ResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;
    private transient volatile ShopeeClient client;

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new PooledShopeeConnectionFactory(this, connectionManager);
    }

    /** Outside a container (tests, tools) there is no pool: every connection is fresh. */
    @Override
    public Object createConnectionFactory() {
        return new PooledShopeeConnectionFactory(this, new UnpooledConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new ShopeeManagedConnection(sharedClient());
    }

    /** All managed connections are interchangeable: there is no per-connection identity or credential. */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : candidates) {
            if (candidate instanceof ShopeeManagedConnection connection) {
                return connection;
            }
        }
        return null;
    }

    ShopeeClient sharedClient() {
        ShopeeClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = new ShopeeClient(ShopeeHttpClient.create(settings(), Clock.systemUTC()));
                }
                current = client;
            }
        }
        return current;
    }

    ShopeeSettings settings() {
        return new ShopeeSettings(Duration.ofMillis(connectTimeoutMillis), Duration.ofMillis(readTimeoutMillis),
                maxAttempts, Duration.ofMillis(backoffMillis));
    }

    public Integer getConnectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public void setConnectTimeoutMillis(Integer connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    public Integer getReadTimeoutMillis() {
        return readTimeoutMillis;
    }

    public void setReadTimeoutMillis(Integer readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Integer getBackoffMillis() {
        return backoffMillis;
    }

    public void setBackoffMillis(Integer backoffMillis) {
        this.backoffMillis = backoffMillis;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter logWriter) {
        this.logWriter = logWriter;
    }

    // The container compares factories by their configuration (Connectors spec 6.5.3.5).
    @Override
    public boolean equals(Object other) {
        return other instanceof ShopeeManagedConnectionFactory that
                && Objects.equals(connectTimeoutMillis, that.connectTimeoutMillis)
                && Objects.equals(readTimeoutMillis, that.readTimeoutMillis)
                && Objects.equals(maxAttempts, that.maxAttempts)
                && Objects.equals(backoffMillis, that.backoffMillis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeoutMillis, readTimeoutMillis, maxAttempts, backoffMillis);
    }

    /** Non-managed mode: hands out a new managed connection per request. */
    private static final class UnpooledConnectionManager implements ConnectionManager {
        private static final long serialVersionUID = 1L;

        @Override
        public Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
                throws ResourceException {
            return factory.createManagedConnection(null, info).getConnection(null, info);
        }
    }
}
