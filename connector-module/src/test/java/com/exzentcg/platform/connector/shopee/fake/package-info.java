/**
 * FakeShopee: an in-process Shopee Open Platform v2 that signs, expires, rotates and fails like the real
 * one; shipped in the test-jar so every module's tests share one fixture.
 */
package com.exzentcg.platform.connector.shopee.fake;
