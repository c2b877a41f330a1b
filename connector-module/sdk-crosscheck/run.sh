#!/usr/bin/env bash
# Cross-checks FakeShopee against an independent client, the npm @congminh1254/shopee-sdk (pinned in
# package.json; reference §10): starts FakeShopeeServer on a loopback port, lets crosscheck.mjs
# exchange an auth code, read an order, refresh the token and send one wrongly signed call, then
# stops the fake. Run from anywhere; needs java 17+, mvn, node 20+, npm.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module="$(dirname "$here")"          # connector-module
repo="$(dirname "$module")"
target="$module/target"

# Made-up test credentials (reference §11 K_TEST, partner and shop ids of V1/V2).
export PARTNER_ID=2001887
export PARTNER_KEY=6a6f686e646f65746573746b65796e6f747265616c3030303030303030303032
SHOP_ID=14701711

# 1. connector test classes, rebuilt only when a source is newer than the launcher's class
launcher_class="$target/test-classes/com/exzentcg/platform/connector/shopee/fake/FakeShopeeServer.class"
if [[ ! -f "$launcher_class" ]] || [[ -n "$(find "$module/src" "$module/pom.xml" -newer "$launcher_class" -type f -print -quit)" ]]; then
  echo "building connector test classes..." >&2
  (cd "$repo" && mvn -B -ntp -q -f connector-module/pom.xml test-compile)
fi

# 2. classpath: our classes plus a JSON-P API and implementation (Parsson) from ~/.m2
cp_file="$target/sdk-crosscheck.classpath"
if [[ ! -s "$cp_file" || "$module/pom.xml" -nt "$cp_file" ]]; then
  (cd "$repo" && mvn -B -ntp -q -f connector-module/pom.xml dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file")
fi
json_cp="$(tr ':' '\n' < "$cp_file" | grep -E '/(parsson|jakarta\.json-api)-[^/]*\.jar$' | paste -sd: -)"
[[ -n "$json_cp" ]] || { echo "no parsson / jakarta.json-api on the test classpath" >&2; exit 1; }
classpath="$target/classes:$target/test-classes:$json_cp"

# 3. the SDK, installed from npm at run time (node_modules is git-ignored)
if [[ ! -d "$here/node_modules/@congminh1254/shopee-sdk" ]]; then
  (cd "$here" && npm install --no-audit --no-fund)
fi

# 4. start the fake; its stdin is a FIFO we hold open, closing it stops the fake
work="$(mktemp -d)"
fake_pid=""
cleanup() {
  exec 3>&- 2>/dev/null || true
  if [[ -n "$fake_pid" ]]; then
    for _ in $(seq 50); do kill -0 "$fake_pid" 2>/dev/null || break; sleep 0.1; done
    kill "$fake_pid" 2>/dev/null || true
    wait "$fake_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
mkfifo "$work/stdin"
java -cp "$classpath" com.exzentcg.platform.connector.shopee.fake.FakeShopeeServer \
    "$PARTNER_ID" "$PARTNER_KEY" "$SHOP_ID" < "$work/stdin" > "$work/stdout" 2> "$work/stderr" &
fake_pid=$!
exec 3> "$work/stdin"

line=""
for _ in $(seq 150); do
  line="$(head -n 1 "$work/stdout" 2>/dev/null || true)"
  [[ -n "$line" ]] && break
  kill -0 "$fake_pid" 2>/dev/null || break
  sleep 0.1
done
if [[ -z "$line" ]]; then
  echo "FakeShopeeServer printed nothing; its stderr:" >&2
  cat "$work/stderr" >&2
  exit 1
fi
echo "fake: $line"

# 5. the cross-check; its exit status is ours
node "$here/crosscheck.mjs" "$line"
