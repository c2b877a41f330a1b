/** HTTP face of stock locations: {@code /admin/stock-locations}. */
package com.exzentcg.platform.location.rest;
