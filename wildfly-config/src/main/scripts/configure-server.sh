#!/usr/bin/env bash
# Turns a stock WildFly 39 (standard EE 10 distribution) into the TCG platform's server.
# Used by the build on the provisioned server and by ops on the LXC. Safe to re-run.
#
#   configure-server.sh JBOSS_HOME LIB_DIR
#
# LIB_DIR holds postgresql.jar and eclipselink.jar (the build copies them to
# wildfly-config/target/server-libs; the release archive ships them).
set -euo pipefail

jboss_home=${1:?usage: configure-server.sh JBOSS_HOME LIB_DIR}
lib_dir=${2:?usage: configure-server.sh JBOSS_HOME LIB_DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
config_src=$(cd "$here/.." && pwd)   # holds cli/ and modules/

for jar in postgresql.jar eclipselink.jar; do
  [ -f "$lib_dir/$jar" ] || { echo "configure-server: $lib_dir/$jar is missing" >&2; exit 2; }
done
[ -x "$jboss_home/bin/jboss-cli.sh" ] || { echo "configure-server: $jboss_home is not a WildFly home" >&2; exit 2; }

# Skip the slow offline CLI when nothing that shapes the server changed since the last run.
stamp_file="$jboss_home/.tcg-configured"
stamp=$(cat "$config_src/cli/"*.cli "$config_src/modules/"* "$here/configure-server.sh" \
        "$lib_dir/postgresql.jar" "$lib_dir/eclipselink.jar" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$stamp" ]; then
  echo "configure-server: $jboss_home already configured"
  exit 0
fi

# PostgreSQL JDBC driver as a static module (not a deployment), so the datasource exists
# before any application is deployed.
pg_module="$jboss_home/modules/org/postgresql/main"
mkdir -p "$pg_module"
cp "$lib_dir/postgresql.jar" "$pg_module/postgresql.jar"
cp "$config_src/modules/postgresql-module.xml" "$pg_module/module.xml"

# EclipseLink replaces Hibernate as the JPA provider: WildFly ships the module with only its
# jipijapa integration jar, whose versioned name we keep.
el_module="$jboss_home/modules/system/layers/base/org/eclipse/persistence/main"
jipijapa=$(cd "$el_module" && ls jipijapa-eclipselink-*.jar | head -n 1)
[ -n "$jipijapa" ] || { echo "configure-server: no jipijapa-eclipselink jar in $el_module" >&2; exit 2; }
cp "$lib_dir/eclipselink.jar" "$el_module/eclipselink.jar"
sed "s/@JIPIJAPA_JAR@/$jipijapa/" "$config_src/modules/eclipselink-module.xml" > "$el_module/module.xml"

JAVA_OPTS="-Xmx256m" "$jboss_home/bin/jboss-cli.sh" --file="$config_src/cli/configure.cli"

echo "$stamp" > "$stamp_file"
echo "configure-server: $jboss_home configured"
