#!/usr/bin/env bash
# The console benchmark, end to end and rerunnable:
#   bench/run-console.sh [runs-per-page]
# builds if needed, (re)creates the database tcg_bench_console, starts the platform on it
# (ports shifted by BENCH_PORT_OFFSET, default 600 → :8680), bulk-loads the commerce data set
# (100k variants, 100k orders) and times the console's main pages in headless chromium
# (bench/console-bench.mjs): navigation to data on screen, p50/p95/max. Saves the numbers under
# bench/results/ and stops the server.
set -euo pipefail

runs=${1:-20}
export BENCH_PORT_OFFSET=${BENCH_PORT_OFFSET:-600}
# shellcheck source=bench/shopee-bench-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/shopee-bench-lib.sh"

command -v chromium >/dev/null || { say "needs Debian's chromium (apt-get install chromium)"; exit 1; }
bench_preflight "${BENCH_DB:-tcg_bench_console}"
platform_start
bench_owner_login

say "loading 100k variants and 100k orders"
psql_admin -d "$db" -f "$root/bench/load-commerce.sql"

mkdir -p "$root/bench/results"
out="$root/bench/results/console-$(date -u +%Y%m%dT%H%M%SZ).txt"
node --experimental-websocket "$root/bench/console-bench.mjs" "$base" "$token" "$runs" | tee "$out"
say "results saved to ${out#"$root"/}"
