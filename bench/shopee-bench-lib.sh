# Shared by every bench/*.sh (sourced, not run): a fresh platform on
# its own database and port offset, the standalone FakeShopee on loopback, and an owner, a stock
# location, seeded variants and an authorized, active sandbox profile pointing at the fake.
# Everything stays on 127.0.0.1; bench_cleanup (installed as the EXIT trap) stops what was started.
#
# Reads: BENCH_PORT_OFFSET (default 500 → :8580), BENCH_DB (caller's default), TCG_DB_USER/PASSWORD.
# Sets: root, port, base, db, psql_db, fake_*, token, profile_id, webhook_url, push_key, location_id.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export TCG_PORT_OFFSET=${BENCH_PORT_OFFSET:-500}
# The platform's HTTP listener on loopback only (./platform binds 0.0.0.0 by default).
export TCG_BIND_ADDRESS=127.0.0.1
export TCG_DB_USER=${TCG_DB_USER:-postgres}
export TCG_DB_PASSWORD=${TCG_DB_PASSWORD:-postgres}
port=$((8080 + TCG_PORT_OFFSET))
base="http://127.0.0.1:$port"
# Webhook and OAuth URLs are built from it; the push signature covers the webhook URL.
export PUBLIC_API_BASE_URL=$base
# The order-poll reconciliation would find every order the fake holds within minutes and queue it
# without any push; the benchmarks measure pushes, so the poll waits a day. (The lost-push sweep
# stays on: the fake's lost-push queue is empty.)
export SHOPEE_RECONCILE_POLL_INTERVAL_SECONDS=${SHOPEE_RECONCILE_POLL_INTERVAL_SECONDS:-86400}

partner_id=2001887
shop_id=14701711
fake_pid=""
fake_dir=""
started_platform=""

say() { printf 'bench: %s\n' "$*"; }
psql_admin() { PGPASSWORD=$TCG_DB_PASSWORD psql -h 127.0.0.1 -U "$TCG_DB_USER" -v ON_ERROR_STOP=1 -q "$@"; }
psql_db() { psql_admin -d "$db" -tA "$@"; }

# The JVM ./platform started: standalone.sh (the pid file) runs java as its child.
server_jvm_pid() {
  local shell_pid
  shell_pid=$(cat "$root/.platform/server.pid" 2>/dev/null) || return 1
  pgrep -P "$shell_pid" java | head -n 1
}

bench_cleanup() {
  local rc=$?
  if [ -n "$started_platform" ]; then
    "$root/platform" stop >/dev/null 2>&1 || true
  fi
  if [ -n "$fake_pid" ]; then
    exec 7>&- 2>/dev/null || true   # closing its stdin stops the fake
    for _ in $(seq 50); do kill -0 "$fake_pid" 2>/dev/null || break; sleep 0.1; done
    kill "$fake_pid" 2>/dev/null || true
    wait "$fake_pid" 2>/dev/null || true
  fi
  [ -n "$fake_dir" ] && rm -rf "$fake_dir"
  exit "$rc"
}

# bench_preflight DB: refuses when something already answers on the port, builds if needed,
# (re)creates the database.
bench_preflight() {
  db=$1
  export TCG_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db"
  cd "$root"
  if "$root/platform" status >/dev/null 2>&1 || (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    say "something already answers on :$port; stop it first (or set BENCH_PORT_OFFSET)"; exit 1
  fi
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
  if [ ! -f "$root/ear/target/tcg-platform.ear" ] || [ ! -f "$root/wildfly-config/target/wildfly/.tcg-configured" ]; then
    "$root/platform" build
  fi
  say "fresh database $db"
  psql_admin -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
}

# start_fake ORDERS SKUS: the standalone FakeShopee (connector test classes, built like
# connector-module/sdk-crosscheck/run.sh does) with ORDERS numbered orders over the SKUs.
start_fake() {
  local orders=$1 skus=$2 module="$root/connector-module"
  local target="$module/target" launcher cp_file json_cp line
  launcher="$target/test-classes/com/exzentcg/platform/connector/shopee/fake/FakeShopeeServer.class"
  if [[ ! -f "$launcher" ]] || [[ -n "$(find "$module/src" "$module/pom.xml" -newer "$launcher" -type f -print -quit)" ]]; then
    say "building the connector test classes (FakeShopee)"
    (cd "$root" && mvn -B -ntp -q -f connector-module/pom.xml test-compile)
  fi
  cp_file="$target/sdk-crosscheck.classpath"
  if [[ ! -s "$cp_file" || "$module/pom.xml" -nt "$cp_file" ]]; then
    (cd "$root" && mvn -B -ntp -q -f connector-module/pom.xml dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file")
  fi
  json_cp="$(tr ':' '\n' < "$cp_file" | grep -E '/(parsson|jakarta\.json-api)-[^/]*\.jar$' | paste -sd: -)"
  fake_dir=$(mktemp -d)
  mkfifo "$fake_dir/stdin"
  fake_partner_key=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  java -cp "$target/classes:$target/test-classes:$json_cp" com.exzentcg.platform.connector.shopee.fake.FakeShopeeServer \
      "$partner_id" "$fake_partner_key" "$shop_id" --orders "$orders" --skus "$skus" --order-prefix "$order_prefix" \
      < "$fake_dir/stdin" > "$fake_dir/stdout" 2> "$fake_dir/stderr" &
  fake_pid=$!
  exec 7> "$fake_dir/stdin"
  line=""
  for _ in $(seq 150); do
    line="$(head -n 1 "$fake_dir/stdout" 2>/dev/null || true)"
    [[ -n "$line" ]] && break
    kill -0 "$fake_pid" 2>/dev/null || break
    sleep 0.1
  done
  [[ -n "$line" ]] || { say "FakeShopeeServer printed nothing:"; cat "$fake_dir/stderr" >&2; exit 1; }
  fake_line=$line
  fake_url=$(jq -r .base_url <<<"$line"); fake_url=${fake_url%/api/v2}
  fake_auth_code=$(jq -r .auth_code <<<"$line")
  say "fake Shopee on $fake_url with $(jq -r .orders <<<"$line") orders ($order_prefix…)"
}

platform_start() {
  started_platform=yes
  "$root/platform" start
}

# api METHOD PATH [JSON]: one admin call with the bench owner's token; prints the body, fails on >= 400.
api() {
  local method=$1 path=$2 data=${3:-}
  local args=(-sS -X "$method" -H 'Accept: application/json' -w '\n%{http_code}')
  [ -n "${token:-}" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$data" ] && args+=(-H 'Content-Type: application/json' --data "$data")
  local out code
  out=$(curl "${args[@]}" "$base$path")
  code=${out##*$'\n'}
  out=${out%$'\n'*}
  if [ "$code" -ge 400 ]; then
    say "$method $path -> $code $out" >&2
    return 1
  fi
  printf '%s' "$out"
}

# bench_owner_login: a bench owner (its bootstrap password rotated, as the platform demands), logged
# in; the token is in $token and exported as BENCH_TOKEN.
bench_owner_login() {
  local email=bench@example.com password new_password
  password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  new_password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  "$root/platform" create-owner --email "$email" --password "$password" --force >/dev/null
  token=$(api POST /admin/auth/login "$(jq -nc --arg e "$email" --arg p "$password" '{email:$e,password:$p}')" | jq -r .token)
  token=$(api POST /admin/auth/password \
      "$(jq -nc --arg c "$password" --arg n "$new_password" '{current_password:$c,new_password:$n}')" | jq -r .token)
  export BENCH_TOKEN=$token
}

# bootstrap SKUS STOCK: owner (password rotated), a stock location, one product per SKU with STOCK
# units there, a sandbox profile on the fake (authorized with the fake's code, active), sandbox as
# the active environment.
bootstrap() {
  local skus=$1 stock=$2 body redirect location
  bench_owner_login

  location_id=$(api POST /admin/stock-locations '{"code":"SHOPEE-BENCH","name":"Shopee bench shelf","type":"warehouse"}' | jq -r .id)
  local sku
  for sku in ${skus//,/ }; do
    api POST /admin/products "$(jq -nc --arg s "$sku" '{title: ("Bench card " + $s), status: "active",
        variants: [{sku: $s, game: "pokemon", condition: "NM", language: "EN", finish: "normal",
                    price: {amount: 1250, currency_code: "SGD"}}]}')" >/dev/null
    api POST /admin/inventory/adjustments "$(jq -nc --arg s "$sku" --arg l "$location_id" --argjson d "$stock" \
        '{sku: $s, location_id: $l, delta: $d, reason: "bench seed"}')" >/dev/null
  done

  push_key="shpk$(head -c 30 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  body=$(api POST /admin/connectors/shopee/profiles "$(jq -nc --argjson p "$partner_id" --arg k "$fake_partner_key" \
      --arg pk "$push_key" --argjson s "$shop_id" --arg u "$fake_url" --arg l "$location_id" \
      '{name: "Bench shop", environment: "sandbox", region: "SG", partner_id: $p, partner_key: $k,
        push_partner_key: $pk, shop_id: $s, api_base_url: $u, default_location_id: $l}')")
  profile_id=$(jq -r .id <<<"$body")
  webhook_url=$(jq -r .webhook_url <<<"$body")

  # The operator's authorize link; Shopee sends the browser back to its redirect with a code.
  redirect=$(api POST "/admin/connectors/shopee/profiles/$profile_id/authorize" | jq -r .url \
      | sed -n 's/.*[?&]redirect=\([^&]*\).*/\1/p')
  redirect=$(printf '%b' "${redirect//%/\\x}")
  case "$redirect" in "$base"/*) ;; *) say "unexpected redirect $redirect"; exit 1 ;; esac
  location=$(curl -sS -o /dev/null -w '%{redirect_url}' "$redirect&code=$fake_auth_code&shop_id=$shop_id")
  case "$location" in *status=connected*) ;; *) say "authorization failed: $location"; exit 1 ;; esac
  api POST "/admin/connectors/shopee/profiles/$profile_id/activate" >/dev/null
  api PUT /admin/connectors/shopee/active-environment '{"environment":"sandbox"}' >/dev/null
  say "profile $profile_id authorized and active (sandbox); webhook $webhook_url"
}

# wait_drained SECONDS: until no pushed event is pending or due for retry; prints the seconds waited.
wait_drained() {
  local limit=$1 started left
  started=$(date +%s)
  while :; do
    left=$(psql_db -c "select count(*) from shopee_event where status in ('pending','retry')")
    [ "$left" = 0 ] && break
    if [ $(( $(date +%s) - started )) -ge "$limit" ]; then
      say "still $left event(s) queued after $limit s"; break
    fi
    sleep 1
  done
  echo $(( $(date +%s) - started ))
}
