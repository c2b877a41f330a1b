/**
 * Command-line bootstrap run outside the server ({@code ./platform create-owner}): plain JDBC
 * and the same password hasher, so a fresh install gets its first owner before anyone can log in.
 */
package com.exzentcg.platform.staff.bootstrap;
