#!/usr/bin/env bash
# Restores a backup.sh dump into the database named by TCG_DB_URL, which must be EMPTY (a new
# database), so a restore can never silently mix with live data.
#
#   restore.sh [--env-file FILE] [--database NAME] [--create] [--force] DUMP
#
#   --env-file FILE  read TCG_DB_* from FILE first (e.g. /etc/tcg-platform/env)
#   --database NAME  restore into NAME instead of the database TCG_DB_URL names (same server)
#   --create         create the database first when it does not exist
#   --force          restore into a NON-empty database: objects in the dump are dropped and
#                    recreated (pg_restore --clean); anything else in it stays. Stop the server first.
#
# The restore runs in one transaction: it applies completely or not at all. Afterwards start the
# platform with the SAME TCG_SECRETS_KEY (and TCG_SECRETS_PREVIOUS_KEYS) the dump was made under,
# or the connector secrets in it cannot be opened. Flyway then sees the schema version in the
# dump and applies only newer migrations.
set -euo pipefail
# Only shell builtins until the tools are checked, so a bare PATH still gets a clear message.
case "${BASH_SOURCE[0]}" in */*) here=${BASH_SOURCE[0]%/*} ;; *) here=. ;; esac
here=$(cd "$here" && pwd)
# shellcheck source=db-settings.sh
. "$here/db-settings.sh"

create=false
force=false
database=
dump=""
while [ $# -gt 0 ]; do
  case "$1" in
    --env-file) tcg_load_env_file "${2:?--env-file needs a file}"; shift 2 ;;
    --database) database=${2:?--database needs a name}; shift 2 ;;
    --create) create=true; shift ;;
    --force) force=true; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "restore: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [ -z "$dump" ] || { echo "restore: one dump at a time" >&2; exit 2; }; dump=$1; shift ;;
  esac
done
[ -n "$dump" ] || { echo "usage: restore.sh [--env-file FILE] [--database NAME] [--create] [--force] DUMP" >&2; exit 2; }
[ -r "$dump" ] || { echo "restore: cannot read $dump" >&2; exit 2; }

tcg_require pg_restore psql
tcg_db_from_settings
[ -z "$database" ] || export PGDATABASE=$database
target=$PGDATABASE

pg_restore --list "$dump" >/dev/null || { echo "restore: $dump is not a pg_dump custom-format archive" >&2; exit 2; }

exists=$(psql --no-password -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${target//\'/\'\'}'") || {
  echo "restore: cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER" >&2; exit 1; }
if [ "$exists" != "1" ]; then
  if [ "$create" = true ]; then
    psql --no-password -d postgres -qc "CREATE DATABASE \"${target//\"/\"\"}\""
    echo "restore: created database $target"
  else
    echo "restore: database $target does not exist; create it (or pass --create)" >&2
    exit 1
  fi
fi

# Empty = no tables, views, sequences or functions outside the system schemas.
objects=$(psql --no-password -d "$target" -tAc "
  SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
             AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f'))
       + (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql')")
clean=()
if [ "$objects" != "0" ]; then
  if [ "$force" != true ]; then
    echo "restore: database $target is not empty ($objects objects); restore into a new database, or pass --force (stop the server first)" >&2
    exit 1
  fi
  echo "restore: --force: replacing what the dump holds in the non-empty database $target"
  clean=(--clean --if-exists)
fi

echo "restore: restoring $dump into $target on $PGHOST:$PGPORT"
if ! pg_restore --no-password --dbname="$target" --no-owner --no-acl --single-transaction --exit-on-error \
    "${clean[@]}" "$dump"; then
  echo "restore: pg_restore failed; the transaction was rolled back, $target is as before" >&2
  exit 1
fi
psql --no-password -d "$target" -qc "ANALYZE" >/dev/null

version=$(psql --no-password -d "$target" -tAc \
  "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1" 2>/dev/null || echo "?")
orders=$(psql --no-password -d "$target" -tAc "SELECT count(*) FROM sales_order" 2>/dev/null || echo "?")
profiles=$(psql --no-password -d "$target" -tAc "SELECT count(*) FROM shopee_profile" 2>/dev/null || echo "?")
cat <<MSG
restore: done: $target at schema version $version ($orders orders, $profiles Shopee profiles)
Next:
  1. Point the server at it: TCG_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$target (in /etc/tcg-platform/env)
  2. Keep TCG_SECRETS_KEY (and TCG_SECRETS_PREVIOUS_KEYS) exactly as when the backup was made
  3. systemctl start tcg-platform   (or: ./platform start)
  4. curl -fsS http://127.0.0.1:8080/health/ready   -> 200; Flyway applies only migrations newer than $version
  5. Check GET /admin/connectors/shopee/profiles/{id}/diagnostics; reconnect a shop if its token expired meanwhile
MSG
