/**
 * The operator console: the static single-page app built from {@code src/main/console}, served at
 * {@code /app}. It holds no logic of its own on the server; the app speaks only the public admin API.
 */
package com.exzentcg.platform.console;
