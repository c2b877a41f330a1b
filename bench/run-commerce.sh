#!/usr/bin/env bash
# The commerce benchmark, end to end and rerunnable:
#   bench/run-commerce.sh [seconds-per-scenario] [concurrency]
# builds if needed, (re)creates the database tcg_bench, starts the platform on it with
# ./platform start (ports shifted by BENCH_PORT_OFFSET, default 300 → :8380), bulk-loads 100k
# variants and 100k orders with SQL through the real schema, drives four scenarios over HTTP with
# bench/Bench.java, prints req/s, p50 and p99, saves them under bench/results/ and stops the server.
# It logs in as a bench owner it creates (or uses BENCH_TOKEN when set).
set -euo pipefail

seconds=${1:-20}
concurrency=${2:-8}
export BENCH_PORT_OFFSET=${BENCH_PORT_OFFSET:-300}
# shellcheck source=bench/shopee-bench-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/shopee-bench-lib.sh"

bench_preflight "${BENCH_DB:-tcg_bench}"
platform_start    # builds when needed; Flyway creates the schema at deployment
[ -n "${BENCH_TOKEN:-}" ] || bench_owner_login

say "loading 100k variants and 100k orders"
started=$(date +%s)
psql_admin -d "$db" -f "$root/bench/load-commerce.sql"
say "loaded in $(( $(date +%s) - started )) s: $(psql_admin -d "$db" -tAc "select (select count(*) from product_variant) || ' variants, ' || (select count(*) from sales_order) || ' orders'")"

mkdir -p "$root/bench/results"
out="$root/bench/results/commerce-$(date -u +%Y%m%dT%H%M%SZ).txt"
java "$root/bench/Bench.java" "http://127.0.0.1:$port" "$concurrency" "$seconds" | tee "$out"
say "results saved to ${out#"$root"/}"
