/** Connector exceptions for operators: {@code /admin/exceptions}. */
package com.exzentcg.platform.connector.shopee.exception.rest;
