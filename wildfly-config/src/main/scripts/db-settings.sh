# Sourced by backup.sh and restore.sh: turns the platform's TCG_DB_* settings (the same ones the
# server's datasource reads) into libpq variables for pg_dump, pg_restore and psql.
#
#   TCG_DB_URL       jdbc:postgresql://HOST[:PORT]/DB[?sslmode=…]   (default: 127.0.0.1:5432/tcg)
#   TCG_DB_USER      default postgres
#   TCG_DB_PASSWORD  default postgres
#
# --env-file FILE (handled here) reads KEY=VALUE lines first, e.g. /etc/tcg-platform/env, the
# file the systemd unit uses, so cron jobs see exactly the server's settings.

tcg_load_env_file() {
  local file=$1
  [ -r "$file" ] || { echo "${0##*/}: cannot read env file $file" >&2; exit 2; }
  set -a
  # shellcheck disable=SC1090
  . "$file"
  set +a
}

tcg_require() {
  local tool
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "${0##*/}: '$tool' not found; install the PostgreSQL client tools (Debian: apt-get install postgresql-client)" >&2
      exit 3
    fi
  done
}

# Sets PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD (and PGSSLMODE when the URL names one).
tcg_db_from_settings() {
  local url=${TCG_DB_URL:-jdbc:postgresql://127.0.0.1:5432/tcg}
  case "$url" in
    jdbc:postgresql://*) ;;
    *) echo "${0##*/}: TCG_DB_URL must look like jdbc:postgresql://host:port/db, got '$url'" >&2; exit 2 ;;
  esac
  local rest=${url#jdbc:postgresql://}
  local hostport=${rest%%/*}
  local db=${rest#*/}
  local query=""
  case "$db" in *\?*) query=${db#*\?}; db=${db%%\?*} ;; esac
  case "$hostport" in
    *,*) echo "${0##*/}: TCG_DB_URL names several hosts; set PGHOST/PGPORT for the primary and TCG_DB_URL to it" >&2; exit 2 ;;
  esac
  export PGHOST=${hostport%%:*}
  if [ "${hostport##*:}" != "$hostport" ]; then export PGPORT=${hostport##*:}; else export PGPORT=5432; fi
  export PGDATABASE=$db
  export PGUSER=${TCG_DB_USER:-postgres}
  export PGPASSWORD=${TCG_DB_PASSWORD:-postgres}
  local pair
  IFS='&' read -r -a pairs <<< "$query"
  for pair in "${pairs[@]}"; do
    case "$pair" in sslmode=*) export PGSSLMODE=${pair#sslmode=} ;; esac
  done
  [ -n "$PGDATABASE" ] || { echo "${0##*/}: TCG_DB_URL names no database" >&2; exit 2; }
}
