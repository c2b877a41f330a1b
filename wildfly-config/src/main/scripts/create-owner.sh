#!/usr/bin/env bash
# Creates the first owner (the server archive's equivalent of `./platform create-owner`). Plain
# JDBC against TCG_DB_*: migrates the schema first, works whether or not the server runs.
#
#   create-owner.sh [--env-file FILE] --email E [--password P] [--force]
#
# Leave out --password to be prompted without echo. The password must be changed at first login.
# Refuses when an active owner exists; --force adds another owner or resets that user.
set -euo pipefail
case "${BASH_SOURCE[0]}" in */*) here=${BASH_SOURCE[0]%/*} ;; *) here=. ;; esac
here=$(cd "$here" && pwd)
root=$(cd "$here/.." && pwd)

args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --env-file)
      [ -r "${2:-}" ] || { echo "create-owner: cannot read env file ${2:-}" >&2; exit 2; }
      set -a; . "$2"; set +a; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
command -v java >/dev/null 2>&1 || { echo "create-owner: java not found (JDK 17+)" >&2; exit 3; }
driver="$root/wildfly/modules/org/postgresql/main/postgresql.jar"
[ -f "$driver" ] || driver="$root/server-libs/postgresql.jar"
exec java -cp "$root/tools/owner/*:$driver" com.exzentcg.platform.staff.bootstrap.CreateOwner "${args[@]}"
