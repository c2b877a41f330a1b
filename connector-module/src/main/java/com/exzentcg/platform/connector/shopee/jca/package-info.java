/**
 * The annotation-only Connectors 2.1 adapter around the client: resource adapter, managed connection
 * factory with the transport settings, pooled managed connections and the handles EJBs hold.
 */
package com.exzentcg.platform.connector.shopee.jca;
