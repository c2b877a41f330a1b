package com.exzentcg.platform.connector.shopee;

import jakarta.resource.Referenceable;

import java.io.Serializable;

/**
 * What an EJB injects with {@code @Resource(lookup = "java:/eis/shopee")}. Each connection is cheap
 * (a handle onto a pooled managed connection); use it in try-with-resources.
 */
public interface ShopeeConnectionFactory extends Serializable, Referenceable {

    /** @throws ShopeeTransportException when the container cannot hand out a connection */
    ShopeeConnection getConnection();
}
