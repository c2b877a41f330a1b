/**
 * MicroProfile liveness and readiness checks (database, migrations) and the migration state the
 * schema migrator reports into. Lives in EAR/lib because WildFly only scans the EAR's top level.
 */
package com.exzentcg.platform.platform.health;
