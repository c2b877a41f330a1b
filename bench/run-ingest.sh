#!/usr/bin/env bash
# The Shopee webhook ingest benchmark, end to end and rerunnable:
#   bench/run-ingest.sh [seconds-per-window] [latency-orders]      # defaults: 20 s, 100 orders
# builds if needed, starts FakeShopee standalone on loopback, (re)creates the database
# tcg_bench_ingest, starts the platform on it with ./platform start (ports shifted by
# BENCH_PORT_OFFSET, default 500 → :8580), creates an owner and rotates its password, seeds four
# variants with stock, creates, authorizes and activates a sandbox profile pointing at the fake,
# then with bench/IngestBench.java:
#   1. ingest: signed order-status pushes, distinct bodies, closed loop at 8 and at 32 clients
#      (one JIT warm-up, then warm-up + measured window each): req/s, p50, p99, how long processing
#      took to drain, and the server JVM's CPU time per push;
#   2. push -> order visible: one READY_TO_SHIP push per fresh order, then GET /admin/orders until
#      the order is there: p50, p95;
#   3. PostgreSQL's own single-row INSERT rate (pgbench, 8 and 32 clients) on the same machine.
# Saves the output under bench/results/ and stops the platform and the fake (also on failure).
set -euo pipefail

seconds=${1:-20}
latency_orders=${2:-100}
pool=200                           # orders the ingest pushes cycle over
order_prefix="ING$(date +%H%M%S)"
skus="BENCH-ING-1,BENCH-ING-2,BENCH-ING-3,BENCH-ING-4"
# shellcheck source=bench/shopee-bench-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/shopee-bench-lib.sh"

bench_preflight "${BENCH_DB:-tcg_bench_ingest}"
mkdir -p "$root/bench/results"
out="$root/bench/results/ingest-$(date -u +%Y%m%dT%H%M%SZ).txt"
exec > >(tee "$out") 2>&1

start_fake $((pool + latency_orders)) "$skus"
platform_start
bootstrap "$skus" 100000
say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run (shared: numbers are noisy)"

java "$root/bench/IngestBench.java" ingest url="$webhook_url" key="$push_key" shop="$shop_id" jvm-pid="$(server_jvm_pid)" \
    prefix="$order_prefix" pool=$pool seconds="$seconds" concurrency=8,32 admin="$base"
java "$root/bench/IngestBench.java" latency url="$webhook_url" key="$push_key" shop="$shop_id" \
    prefix="$order_prefix" from=$pool count="$latency_orders" workers=2 admin="$base"

say "events stored: $(psql_db -c "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n
    from shopee_event group by 1 order by 1) s"); shopee orders: $(psql_db -c \
    "select count(*) from sales_order where channel = 'shopee'")"

# The same database server, the platform idle: one-row INSERTs in autocommit, as pgbench clients.
psql_db -q -c "create table pgbench_ingest (id bigserial primary key, body text not null,
    received_at timestamptz not null default now())"
script=$(mktemp)
echo "INSERT INTO pgbench_ingest (body) VALUES ('{\"data\":{\"ordersn\":\"PGBENCH\",\"status\":\"READY_TO_SHIP\"},\"code\":3}');" > "$script"
pg_seconds=$(( seconds / 2 > 5 ? seconds / 2 : 5 ))
echo
printf '%-24s %9s %9s %9s\n' "postgres one-row INSERT" "clients" "tps" "avg ms"
for clients in 8 32; do
  result=$(PGPASSWORD=$TCG_DB_PASSWORD pgbench -h 127.0.0.1 -U "$TCG_DB_USER" -n -M prepared -c "$clients" -j 2 \
      -T "$pg_seconds" -f "$script" "$db" 2>&1)
  printf '%-24s %9s %9.0f %9s\n' "pgbench, $pg_seconds s" "$clients" \
      "$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$result")" "$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$result")"
done
rm -f "$script"
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
say "results saved to ${out#"$root"/}"
