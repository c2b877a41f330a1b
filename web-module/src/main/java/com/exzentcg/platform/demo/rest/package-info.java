/** HTTP face of the demo sample: {@code POST /admin/demo-data} (owner only). */
package com.exzentcg.platform.demo.rest;
