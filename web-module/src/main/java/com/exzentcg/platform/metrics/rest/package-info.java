/** The application's Prometheus endpoint, {@code /app-metrics}. */
package com.exzentcg.platform.metrics.rest;
