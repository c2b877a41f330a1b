/**
 * Shop authorization (OAuth) with Shopee: signed authorization links, signed state, and the
 * callback's code-for-tokens exchange. Owns no tables; tokens are stored on the profile.
 */
package com.exzentcg.platform.connector.shopee.oauth;
