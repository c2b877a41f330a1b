/** HTTP face of inventory: {@code /admin/inventory} levels, adjustments, transfers and the movement ledger. */
package com.exzentcg.platform.inventory.rest;
