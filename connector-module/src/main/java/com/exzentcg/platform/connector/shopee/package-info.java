/**
 * Client API of the Shopee Open Platform v2 connector: the connection factory and typed calls EJBs use,
 * the records they return, the two exceptions, the hosts and the request/push signer.
 */
package com.exzentcg.platform.connector.shopee;
