package com.exzentcg.platform.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The WAR is the root context: {@code /admin/...} and {@code /connectors/...} sit at the top. */
@ApplicationPath("/")
public class PlatformApi extends Application {
}
