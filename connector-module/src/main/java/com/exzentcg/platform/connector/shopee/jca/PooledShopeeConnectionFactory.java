package com.exzentcg.platform.connector.shopee.jca;

import com.exzentcg.platform.connector.shopee.ShopeeConnection;
import com.exzentcg.platform.connector.shopee.ShopeeConnectionFactory;
import com.exzentcg.platform.connector.shopee.ShopeeTransportException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;

import javax.naming.Reference;

/** The object bound at {@code java:/eis/shopee}: asks the container's pool for a connection. */
public class PooledShopeeConnectionFactory implements ShopeeConnectionFactory {

    private static final long serialVersionUID = 1L;

    private final ShopeeManagedConnectionFactory managedFactory;
    private final ConnectionManager connectionManager;
    private Reference reference;

    public PooledShopeeConnectionFactory(ShopeeManagedConnectionFactory managedFactory,
                                         ConnectionManager connectionManager) {
        this.managedFactory = managedFactory;
        this.connectionManager = connectionManager;
    }

    @Override
    public ShopeeConnection getConnection() {
        try {
            return (ShopeeConnection) connectionManager.allocateConnection(managedFactory, null);
        } catch (ResourceException e) {
            throw new ShopeeTransportException("no Shopee connection available from the pool", e);
        }
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
