package com.exzentcg.platform.connector.shopee.jca;

import com.exzentcg.platform.connector.shopee.client.ShopeeClient;
import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;

import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pooled slot over the shared client. Shopee's HTTP API is stateless, so the slot only tracks its
 * handles and tells the pool when one is closed.
 */
public class ShopeeManagedConnection implements ManagedConnection {

    private final ShopeeClient client;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<ShopeeConnectionHandle> handles = ConcurrentHashMap.newKeySet();
    private PrintWriter logWriter;

    ShopeeManagedConnection(ShopeeClient client) {
        this.client = client;
    }

    ShopeeClient client() {
        return client;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        ShopeeConnectionHandle handle = new ShopeeConnectionHandle(this);
        handles.add(handle);
        return handle;
    }

    /** Called by a handle's close(): the pool gets the slot back. */
    void closed(ShopeeConnectionHandle handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        for (ConnectionEventListener listener : listeners) {
            listener.connectionClosed(event);
        }
    }

    @Override
    public void associateConnection(Object connection) {
        ShopeeConnectionHandle handle = (ShopeeConnectionHandle) connection;
        handle.moveTo(this);
        handles.add(handle);
    }

    void released(ShopeeConnectionHandle handle) {
        handles.remove(handle);
    }

    @Override
    public void cleanup() {
        handles.forEach(ShopeeConnectionHandle::invalidate);
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws NotSupportedException {
        throw new NotSupportedException("Shopee calls are not transactional");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws NotSupportedException {
        throw new NotSupportedException("Shopee calls are not transactional");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "Shopee Open Platform";
            }

            @Override
            public String getEISProductVersion() {
                return "v2";
            }

            @Override
            public int getMaxConnections() {
                return 0; // no limit on the EIS side that we know of
            }

            @Override
            public String getUserName() {
                return null;
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
