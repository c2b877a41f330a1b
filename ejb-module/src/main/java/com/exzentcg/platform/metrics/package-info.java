/**
 * Application metrics for Prometheus: counts and ages read from the feature tables at scrape
 * time (so they agree across nodes and survive restarts). Owns no tables.
 */
package com.exzentcg.platform.metrics;
