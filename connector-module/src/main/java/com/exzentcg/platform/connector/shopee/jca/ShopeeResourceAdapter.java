package com.exzentcg.platform.connector.shopee.jca;

import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import javax.transaction.xa.XAResource;
import java.io.Serializable;
import java.util.logging.Logger;

/**
 * The adapter itself holds nothing: outbound only (pushes arrive over HTTP at the web module), and
 * every setting lives on the managed connection factory.
 */
@Connector(
        displayName = "Shopee Open Platform v2",
        description = "Signed, retrying client for the Shopee Open Platform v2",
        vendorName = "exzentcg",
        eisType = "Shopee Open Platform",
        version = "2",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class ShopeeResourceAdapter implements ResourceAdapter, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ShopeeResourceAdapter.class.getName());

    @Override
    public void start(BootstrapContext context) {
        LOG.info("Shopee resource adapter started");
    }

    @Override
    public void stop() {
        LOG.info("Shopee resource adapter stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws NotSupportedException {
        throw new NotSupportedException("Shopee adapter is outbound only");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    // The spec requires value equality on adapter JavaBeans; with no properties all instances are equal.
    @Override
    public boolean equals(Object other) {
        return other instanceof ShopeeResourceAdapter;
    }

    @Override
    public int hashCode() {
        return ShopeeResourceAdapter.class.hashCode();
    }
}
