/** HTTP face of orders: {@code /admin/orders} list, detail, manual orders and their transitions. */
package com.exzentcg.platform.order.rest;
