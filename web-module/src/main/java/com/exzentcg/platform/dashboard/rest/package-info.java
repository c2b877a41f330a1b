/** HTTP face of the dashboard: {@code /admin/dashboard/summary}. */
package com.exzentcg.platform.dashboard.rest;
