#!/usr/bin/env bash
# The webhook crash drill, scripted and rerunnable:
#   bench/crash-drill.sh [orders] [kill-after]          # defaults: 500 orders, kill after 150 acks
# Same setup as bench/run-ingest.sh (FakeShopee standalone with the orders, a fresh database
# tcg_bench_crash, ./platform start on BENCH_PORT_OFFSET, default 500 → :8580, owner, seeded
# variants, an authorized active sandbox profile), then:
#   1. sends one signed READY_TO_SHIP push per order at 8 clients and kill -9s the WildFly JVM once
#      <kill-after> pushes were acknowledged, recording per push: 200, refused, reset, timeout…;
#   2. restarts with ./platform start and re-sends every push that did not get a 200, byte for
#      byte, as Shopee retries;
#   3. waits for processing to drain and checks: every push acknowledged with 200 is stored, every
#      order exists exactly once, and the stock reserved for the seeded SKUs equals the units
#      ordered (and the ledger agrees).
# Prints PASS or FAIL with the numbers (exit 1 on FAIL), saves the output under bench/results/ and
# stops the platform and the fake.
set -euo pipefail

orders=${1:-500}
kill_after=${2:-150}
order_prefix="CRS$(date +%H%M%S)"
skus="BENCH-CRS-1,BENCH-CRS-2,BENCH-CRS-3,BENCH-CRS-4"
# shellcheck source=bench/shopee-bench-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/shopee-bench-lib.sh"

bench_preflight "${BENCH_DB:-tcg_bench_crash}"
mkdir -p "$root/bench/results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$root/bench/results/crash-drill-$stamp.txt"
sent="$root/bench/results/crash-drill-$stamp.sent"
final="$root/bench/results/crash-drill-$stamp.final"
exec > >(tee "$out") 2>&1

start_fake "$orders" "$skus"
platform_start
bootstrap "$skus" 10000
push_time=$(date +%s)   # one update_time for every push: a re-send is the same bytes
push_args=(url="$webhook_url" key="$push_key" shop="$shop_id" time="$push_time")

# 1. load, and kill -9 mid-way
shell_pid=$(cat "$root/.platform/server.pid")
jvm_pid=$(server_jvm_pid)
say "sending $orders pushes at 8 clients; kill -9 of the WildFly JVM (pid $jvm_pid) after $kill_after acknowledged"
java "$root/bench/IngestBench.java" send "${push_args[@]}" prefix="$order_prefix" from=0 count="$orders" \
    concurrency=8 kill-pid="$jvm_pid" kill-after="$kill_after" out="$sent"
for _ in $(seq 60); do kill -0 "$shell_pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$jvm_pid" 2>/dev/null; then say "FAIL: the server JVM survived"; exit 1; fi
acked=$(grep -c ' 200$' "$sent" || true)
in_list() { awk -v s="$1" '$2 == s {printf "%s\x27%s\x27", (n++ ? "," : ""), $1}' "$2"; }
acked_list=$(in_list 200 "$sent")
say "after the crash (server down, database up): $(psql_db -c "select count(*) || ' events stored, '
    || count(*) filter (where order_sn not in ($acked_list)) || ' of them never acknowledged, '
    || count(*) filter (where status in ('pending','retry')) || ' still to process; '
    || (select count(*) from sales_order where channel = 'shopee') || ' orders'
    from shopee_event where source = 'push' and order_sn like '$order_prefix%'")"

# 2. restart, and Shopee's retries of what was not acknowledged
platform_start
java "$root/bench/IngestBench.java" resend "${push_args[@]}" in="$sent" out="$final" concurrency=8 seconds=120
drained=$(wait_drained 300)
say "queue drained $drained s after the re-sends"

# 3. verify
fail=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then say "ok   $1: $3"; else say "FAIL $1: expected $2, got $3"; fail=1; fi
}
lost=$(psql_db -c "select count(*) from unnest(array[$acked_list]::text[]) a(sn)
    where not exists (select 1 from shopee_event e where e.order_sn = a.sn and e.source = 'push' and e.signature_ok)")
check "acknowledged pushes ($acked before the crash) missing from shopee_event" 0 "$lost"
check "pushes without a 200 after the re-sends" 0 "$(grep -vc ' 200' "$final" || true)"
check "push events stored" "$orders" "$(psql_db -c "select count(*) from shopee_event
    where source = 'push' and order_sn like '$order_prefix%'")"
check "events left pending, retrying, held or dead" 0 "$(psql_db -c "select count(*) from shopee_event
    where status in ('pending', 'retry', 'held', 'dead')")"
check "shopee orders (rows / distinct external_ref)" "$orders / $orders" "$(psql_db -c "select count(*) || ' / '
    || count(distinct external_ref) from sales_order where channel = 'shopee' and external_ref like '$order_prefix%'")"
check "GET /admin/orders?channel=shopee count" "$orders" "$(api GET '/admin/orders?channel=shopee&limit=1' | jq .count)"
sku_list="'${skus//,/\',\'}'"
ordered=$(jq '[.ordered[]] | add' <<<"$fake_line")
check "units reserved for ${skus//,/ }" "$ordered" "$(psql_db -c "select sum(reserved) from inventory_level
    where sku in ($sku_list)")"
check "reserved units in the ledger (stock_movement for orders)" "$ordered" "$(psql_db -c "select
    coalesce(sum(reserved_delta), 0) from stock_movement where reference_type = 'ORDER' and sku in ($sku_list)")"
for sku in ${skus//,/ }; do
  check "  $sku reserved" "$(jq --arg s "$sku" '.ordered[$s]' <<<"$fake_line")" "$(psql_db -c "select sum(reserved)
      from inventory_level where sku = '$sku'")"
done
say "deliveries recognised as duplicates: $(psql_db -c "select coalesce(sum(deliveries - 1), 0) from shopee_event")"
if [ "$fail" = 0 ]; then
  say "PASS: $orders pushes, JVM killed after $kill_after acknowledged ($acked acknowledged in all before the crash);"
  say "      every acknowledged push stored, $orders orders exactly once, $ordered units reserved = units ordered"
else
  say "FAIL (see above)"
fi
say "results saved to ${out#"$root"/}"
exit "$fail"
