/** HTTP face of imports: {@code POST /admin/imports?kind=&dry_run=} with a CSV body, and the import records. */
package com.exzentcg.platform.importing.rest;
