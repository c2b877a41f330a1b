/** Cluster-wide mutual exclusion through PostgreSQL advisory locks (token refresh, timers). */
package com.exzentcg.platform.platform.lock;
