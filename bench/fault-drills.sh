#!/usr/bin/env bash
# Fault drills for the Shopee webhook and event processing, scripted and rerunnable:
#   bench/fault-drills.sh
# Same setup as bench/crash-drill.sh (bench/shopee-bench-lib.sh: FakeShopee standalone, a fresh
# database tcg_bench_faults, ./platform start on BENCH_PORT_OFFSET, default 800 → :8880, owner,
# seeded variants, an authorized active sandbox profile), then three drills with bench/IngestBench.java:
#   1. database outage under push load: distinct signed pushes at 8 clients for 20 s; after 5 s the
#      database refuses connections for 5 s (ALTER DATABASE … ALLOW_CONNECTIONS false and
#      pg_terminate_backend of its sessions; the PostgreSQL server itself is never restarted).
#      Pushes answered 200 / 503 / other, the slowest answer while it was down; then every push
#      without a 200 is re-sent byte for byte (as Shopee retries) and the drill checks that every
#      acknowledged push is stored, every order exists exactly once and reservations are exact;
#   2. Shopee failing: get_order_detail answers HTTP 500, then error_system_busy, then stalls past
#      the platform's 15 s read timeout, 15 s in all, while pushes keep arriving: webhook p50/p99
#      during the fault against before it, events retried, none dead, every order created afterwards;
#   3. fuzzed bodies: 10,000 malformed, mis-signed, empty, wrongly typed, deeply nested and a few
#      oversized (> 1 MiB) requests at 8 clients: counts per status (413 for oversized, 200 for the
#      rest, never 5xx), p99, /health afterwards, open MALFORMED_PUSH / SIGNATURE_INVALID exceptions.
# Prints figures and PASS/FAIL per drill, exits 1 on any FAIL, saves the output under bench/results/
# and stops the platform and the fake on every exit (the lib's trap; the database is re-opened too).
set -euo pipefail

export BENCH_PORT_OFFSET=${BENCH_PORT_OFFSET:-800}
# Failed events come back after retry-base * 2^n s; 3 s keeps the drill short (the default is 10).
export SHOPEE_EVENTS_RETRY_BASE_SECONDS=${SHOPEE_EVENTS_RETRY_BASE_SECONDS:-3}
order_prefix="FLT$(date +%H%M%S)"
skus="BENCH-FLT-1,BENCH-FLT-2,BENCH-FLT-3,BENCH-FLT-4"
pool1=300      # drill 1 pushes cycle over orders 0…299
pool2=200      # drill 2 (and the valid fuzz bodies) over 300…499
orders=$((pool1 + pool2))
detail=order/get_order_detail
# shellcheck source=bench/shopee-bench-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/shopee-bench-lib.sh"

bench_preflight "${BENCH_DB:-tcg_bench_faults}"
# Whatever happens, the database accepts connections again before the lib's cleanup runs.
reopen_db() { psql_admin -d postgres -c "alter database $db allow_connections true" >/dev/null 2>&1 || true; }
trap 'rc=$?; set +e; reopen_db; (exit $rc); bench_cleanup' EXIT   # set +e: (exit rc) must not end the trap
mkdir -p "$root/bench/results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$root/bench/results/fault-drills-$stamp.txt"
exec > >(tee "$out") 2>&1

start_fake "$orders" "$skus"
platform_start
bootstrap "$skus" 100000
say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared: latencies are noisy)"
bench() { java "$root/bench/IngestBench.java" "$@" url="$webhook_url" key="$push_key" shop="$shop_id" prefix="$order_prefix"; }
figure() { sed -n "s/^FIGURES $1 .*\b$2=\([^ ]*\).*/\1/p" "$3" | tail -n 1; }
result=()
fail=0
drill_fail=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then say "ok   $1: $3"; else say "FAIL $1: expected $2, got $3"; drill_fail=1; fi
}
check_le() { # check_le NAME LIMIT ACTUAL (numbers, ACTUAL <= LIMIT)
  if awk -v a="$3" -v l="$2" 'BEGIN { exit !(a + 0 <= l + 0) }'; then say "ok   $1: $3 (limit $2)"
  else say "FAIL $1: $3 above the limit $2"; drill_fail=1; fi
}
verdict() { # verdict NAME SUMMARY
  if [ "$drill_fail" = 0 ]; then result+=("PASS  $1: $2"); else result+=("FAIL  $1: $2"); fail=1; fi
  say "${result[-1]}"
  drill_fail=0
}
# check_orders FILE…: every order pushed in the drills' outcome files ("order_sn …" lines) exists
# exactly once, and the units reserved per SKU are those orders' units (order i of the fake holds
# 1 + i % 3 units of skus[i % 4]); orders the load never reached must not exist.
check_orders() {
  local pushed sku units
  pushed=$(cut -d' ' -f1 "$@" | sort -u)
  local n; n=$(wc -l <<<"$pushed")
  check "shopee orders pushed so far (rows / distinct external_ref)" "$n / $n" \
      "$(psql_db -c "select count(*) || ' / ' || count(distinct external_ref) from sales_order
          where channel = 'shopee' and external_ref like '$order_prefix%'")"
  while read -r sku units; do
    check "  $sku reserved" "$units" "$(psql_db -c "select coalesce(sum(reserved), 0) from inventory_level where sku = '$sku'")"
  done < <(sed "s/^${order_prefix}0*//" <<<"$pushed" | awk -v skus="$skus" 'BEGIN { n = split(skus, s, ",") }
      { i = $1 + 0; u[s[i % n + 1]] += 1 + i % 3 } END { for (k = 1; k <= n; k++) printf "%s %d\n", s[k], u[s[k]] }')
}

# ---- 1. database outage during push load ------------------------------------------------------
echo; say "drill 1: database outage during push load (20 s at 8 clients, database refused from 5 s to 10 s)"
sent1="$root/bench/results/fault-drills-$stamp.outage"
pg_admin="PGPASSWORD=$TCG_DB_PASSWORD psql -h 127.0.0.1 -U $TCG_DB_USER -d postgres -qAt -v ON_ERROR_STOP=1"
down_cmd="$pg_admin -c 'alter database $db allow_connections false' -c \"select count(pg_terminate_backend(pid)) || ' sessions of $db terminated' from pg_stat_activity where datname = '$db' and pid <> pg_backend_pid()\""
up_cmd="$pg_admin -c 'alter database $db allow_connections true' && echo 'database $db open again'"
bench load from=0 pool=$pool1 per-order=6 timeout=30 seconds=20 concurrency=8 rate=100 at=5 for=5 on-cmd="$down_cmd" off-cmd="$up_cmd" \
    resend-seconds=120 out="$sent1" | tee "$sent1.log"
drained=$(wait_drained 240)
say "queue drained $drained s after the re-sends"
sent=$(wc -l < "$sent1")
acked_first=$(grep -c ' 200$' "$sent1" || true)
awk '$3 == "200" { print $1 "," $2 }' "$sent1" > "$sent1.acked"
check "pushes without a 200 after the re-sends" 0 "$(grep -vc ' 200' "$sent1" || true)"
check "acknowledged pushes ($acked_first on first delivery) missing from shopee_event" 0 "$(psql_db <<SQL
create temp table acked (sn text, t bigint);
\\copy acked from '$sent1.acked' with (format csv)
select count(*) from acked a where not exists (select 1 from shopee_event e where e.order_sn = a.sn
    and e.source = 'push' and e.signature_ok and position(('"update_time":' || a.t || '}') in convert_from(e.raw_body, 'UTF8')) > 0);
SQL
)"
check "push events stored (one per distinct push)" "$sent" "$(psql_db -c "select count(*) from shopee_event
    where source = 'push' and order_sn like '$order_prefix%'")"
check "events left pending, retrying, held or dead" 0 "$(psql_db -c "select count(*) from shopee_event
    where status in ('pending', 'retry', 'held', 'dead')")"
check_orders "$sent1"
max_down=$(figure during_the_fault max "$sent1.log")
# bounded by the datasource: connectTimeout 5 s, blocking-timeout-wait 5 s; twice that is "not hanging"
check_le "slowest answer while the database was down (ms)" 10000 "$max_down"
check "answers other than 200/503 during the load" 0 "$(figure all other "$sent1.log")"
verdict "database outage" "$(figure all n "$sent1.log") pushes: $(figure all ok "$sent1.log") × 200, \
$(figure all s503 "$sent1.log") × 503, $(figure all other "$sent1.log") other; while down: $(figure during_the_fault ok "$sent1.log") × 200, \
$(figure during_the_fault s503 "$sent1.log") × 503, max $max_down ms; all $sent stored after re-sends, orders once, reservations exact"

# ---- 2. Shopee failing --------------------------------------------------------------------------
echo; say "drill 2: get_order_detail answers HTTP 500 (5 s), error_system_busy (5 s), stalls 16 s (5 s) while pushes arrive"
sent2="$root/bench/results/fault-drills-$stamp.shopee"
fifo="$fake_dir/stdin"
on_cmd="printf 'http $detail 500 1000000\n' > $fifo; sleep 5; printf 'clear\nfail $detail error_system_busy 1000000\n' > $fifo; sleep 5; printf 'clear\nstall $detail 16000\n' > $fifo"
bench load from=$pool1 pool=$pool2 per-order=9 timeout=30 seconds=30 concurrency=8 rate=60 at=8 for=15 on-cmd="$on_cmd" \
    off-cmd="printf 'clear\n' > $fifo" out="$sent2" | tee "$sent2.log"
cleared=$(date +%s)
drained=$(wait_drained 300)
say "queue drained $drained s after the load ended"
lo2=$(printf '%s%06d' "$order_prefix" $pool1)
# attempts counts failed tries: 1 = failed once, then processed on a retry
retried=$(psql_db -c "select count(*) from shopee_event where order_sn >= '$lo2' and order_sn like '$order_prefix%' and attempts >= 1")
check "events of drill 2 that failed and were retried (attempts >= 1) is above 0" yes "$([ "$retried" -gt 0 ] && echo yes || echo "no ($retried)")"
check "dead events" 0 "$(psql_db -c "select count(*) from shopee_event where status = 'dead'")"
check "events left pending, retrying or held" 0 "$(psql_db -c "select count(*) from shopee_event where status in ('pending', 'retry', 'held')")"
check_orders "$sent1" "$sent2"
check "webhook answers other than 200" 0 "$(( $(figure all n "$sent2.log") - $(figure all ok "$sent2.log") ))"
normal_p50=$(figure outside_the_fault p50 "$sent2.log"); normal_p99=$(figure outside_the_fault p99 "$sent2.log")
fault_p50=$(figure during_the_fault p50 "$sent2.log"); fault_p99=$(figure during_the_fault p99 "$sent2.log")
# "within ~3x normal", with a 20 ms floor: a 2-core box shared with a build jitters by more than that
limit99=$(awk -v n="$normal_p99" 'BEGIN { v = 3 * n; print (v < 20 ? 20 : v) }')
limit50=$(awk -v n="$normal_p50" 'BEGIN { v = 3 * n; print (v < 20 ? 20 : v) }')
check_le "webhook p50 during the fault (ms)" "$limit50" "$fault_p50"
check_le "webhook p99 during the fault (ms)" "$limit99" "$fault_p99"
verdict "Shopee failing" "webhook p50/p99 $fault_p50/$fault_p99 ms during the fault vs $normal_p50/$normal_p99 ms outside; \
$retried events retried, $(psql_db -c "select coalesce(max(attempts), 0) from shopee_event where order_sn >= '$lo2' and order_sn like '$order_prefix%'") attempts at most, \
$(psql_db -c "select count(*) from shopee_event where status = 'dead'") dead; every pushed order present $(( $(date +%s) - cleared )) s after the load"

# ---- 3. fuzzed bodies ---------------------------------------------------------------------------
echo; say "drill 3: 10,000 fuzzed webhook requests at 8 clients"
exc_sql="select count(*) || ' open, ' || coalesce(sum(occurrences), 0) || ' occurrences' from connector_exception
    where status = 'open' and type in ('MALFORMED_PUSH', 'SIGNATURE_INVALID')"
say "before: MALFORMED_PUSH / SIGNATURE_INVALID exceptions $(psql_db -c "$exc_sql")"
set +e
bench fuzz from=$pool1 pool=$pool2 count=10000 concurrency=8 oversized=6 | tee "$sent2.fuzz.log"
fuzz_rc=${PIPESTATUS[0]}
set -e
check "fuzz run (exit 0: every status as expected)" 0 "$fuzz_rc"
check "5xx answers" 0 "$(figure fuzz s5xx "$sent2.fuzz.log")"
check "/health after the fuzz" 200 "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/health")"
open_exc=$(psql_db -c "select count(*) from connector_exception where status = 'open' and type in ('MALFORMED_PUSH', 'SIGNATURE_INVALID')")
check_le "open MALFORMED_PUSH / SIGNATURE_INVALID exceptions" 5 "$open_exc"
say "after: MALFORMED_PUSH / SIGNATURE_INVALID exceptions $(psql_db -c "$exc_sql")"
say "signed pushes with invalid UTF-8 taken as orders and retried against Shopee: $(psql_db -c "select count(*)
    from shopee_event where status in ('retry', 'dead') and order_sn like '%'||chr(65533)||'%'")"
say "events by status: $(psql_db -c "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n
    from shopee_event group by 1 order by 1) s")"
check "webhook still takes a valid push (200)" 200 "$(java "$root/bench/IngestBench.java" send url="$webhook_url" key="$push_key" \
    shop="$shop_id" prefix="$order_prefix" from=0 count=1 concurrency=1 time="$(date +%s)" out="$sent2.after" >/dev/null; cut -d' ' -f2 "$sent2.after")"
verdict "fuzzed bodies" "$(sed -n 's/^fuzz: 10000 requests.*by status \(.*\); p50.*p99 \([0-9.]*\) ms.*/statuses \1, p99 \2 ms/p' "$sent2.fuzz.log"); \
$open_exc open malformed/signature exceptions; /health 200"

echo
for line in "${result[@]}"; do say "$line"; done
say "results saved to ${out#"$root"/}"
exit "$fail"
