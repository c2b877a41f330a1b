/** The public OAuth callback Shopee redirects sellers to: {@code /connectors/shopee/oauth/callback}. */
package com.exzentcg.platform.connector.shopee.oauth.rest;
