/** HTTP face of the catalog: {@code /admin/products} (with nested variants) and the variant editor {@code /admin/variants}. */
package com.exzentcg.platform.catalog.rest;
