/** The Shopee block of an order's detail. */
package com.exzentcg.platform.connector.shopee.ordersync.rest;
