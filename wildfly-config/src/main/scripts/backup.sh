#!/usr/bin/env bash
# Backs up the platform database with pg_dump (custom format, one consistent snapshot: pg_dump
# reads everything in a single repeatable-read transaction, so the server can keep running).
#
#   backup.sh [--env-file FILE] [--dir DIR] [--keep N]
#
#   --env-file FILE  read TCG_DB_* from FILE first (e.g. /etc/tcg-platform/env)
#   --dir DIR        where dumps go (default $TCG_BACKUP_DIR, else /var/backups/tcg-platform)
#   --keep N         afterwards delete all but the newest N dumps of this database
#                    (default $TCG_BACKUP_KEEP, else 0 = keep everything)
#
# Writes DIR/tcg-<database>-<UTC timestamp>.dump (mode 600: it holds sealed connector secrets and
# buyer data) and prints its path. The dump is useless without the TCG_SECRETS_KEY it was made
# under for the connector secrets: keep the key, separately, with the backups.
set -euo pipefail
# Only shell builtins until the tools are checked, so a bare PATH still gets a clear message.
case "${BASH_SOURCE[0]}" in */*) here=${BASH_SOURCE[0]%/*} ;; *) here=. ;; esac
here=$(cd "$here" && pwd)
# shellcheck source=db-settings.sh
. "$here/db-settings.sh"

dir=${TCG_BACKUP_DIR:-/var/backups/tcg-platform}
keep=${TCG_BACKUP_KEEP:-0}
while [ $# -gt 0 ]; do
  case "$1" in
    --env-file) tcg_load_env_file "${2:?--env-file needs a file}"; shift 2 ;;
    --dir) dir=${2:?--dir needs a directory}; shift 2 ;;
    --keep) keep=${2:?--keep needs a number}; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "backup: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$keep" in ''|*[!0-9]*) echo "backup: --keep must be a number, got '$keep'" >&2; exit 2 ;; esac

tcg_require pg_dump pg_restore
tcg_db_from_settings

umask 077
mkdir -p "$dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
file="$dir/tcg-$PGDATABASE-$stamp.dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

echo "backup: dumping $PGDATABASE on $PGHOST:$PGPORT as $PGUSER"
if ! pg_dump --format=custom --compress=6 --no-password --file="$partial" "$PGDATABASE"; then
  echo "backup: pg_dump failed; no backup written" >&2
  exit 1
fi
# A dump that pg_restore cannot read is not a backup.
if ! pg_restore --list "$partial" >/dev/null; then
  echo "backup: the dump is unreadable; no backup written" >&2
  exit 1
fi
mv "$partial" "$file"
trap - EXIT
echo "backup: wrote $file ($(du -h "$file" | cut -f1))"

if [ "$keep" -gt 0 ]; then
  # Names sort by time (UTC stamp); delete the oldest beyond N.
  mapfile -t old < <(ls -1 "$dir"/tcg-"$PGDATABASE"-*.dump 2>/dev/null | sort -r | tail -n +$((keep + 1)))
  for f in "${old[@]}"; do
    rm -f -- "$f"
    echo "backup: removed old $f"
  done
fi
echo "$file"
