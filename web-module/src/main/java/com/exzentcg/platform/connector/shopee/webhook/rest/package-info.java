/** Shopee's push endpoints ({@code /connectors/shopee/webhook…}) and the raw-event admin API. */
package com.exzentcg.platform.connector.shopee.webhook.rest;
