// Drives FakeShopee with an independent client, the npm @congminh1254/shopee-sdk (reference §10),
// on the real clock. Usage (run.sh does this):
//   PARTNER_ID=… PARTNER_KEY=… node crosscheck.mjs '<the JSON line FakeShopeeServer printed>'
// Prints one line per check and "N passed, N failed" last; exits 1 on any failure.
import { ShopeeSDK } from "@congminh1254/shopee-sdk";

const fake = JSON.parse(process.argv[2] ?? "{}");
const partnerId = Number(process.env.PARTNER_ID);
const partnerKey = process.env.PARTNER_KEY;
if (!fake.base_url || !fake.auth_code || !partnerId || !partnerKey) {
  console.error("usage: PARTNER_ID=… PARTNER_KEY=… node crosscheck.mjs '{\"base_url\":…,\"auth_code\":…}'");
  process.exit(2);
}
const shopId = Number(fake.shop_id);
const orderSn = fake.order_sn;

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    const detail = await body();
    passed++;
    console.log(`PASS ${name}${detail ? ` (${detail})` : ""}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e?.message ?? e}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
/** Runs a call that must fail with Shopee error `expected`; returns the HTTP status. */
async function expectShopeeError(expected, call) {
  let result;
  try {
    result = await call();
  } catch (e) {
    assert(e?.name === "ShopeeApiError", `expected ShopeeApiError, got ${e?.name}: ${e?.message}`);
    assert(e.data?.error === expected, `expected error ${expected}, got ${JSON.stringify(e.data)}`);
    return `HTTP ${e.status} ${e.data.error}: ${e.data.message}`;
  }
  throw new Error(`expected error ${expected}, call succeeded: ${JSON.stringify(result)}`);
}

// The SDK appends config.base_url + "/auth/token/get" etc. and signs URL.pathname, so base_url must
// end in /api/v2 (as region hosts do in the SDK's SHOPEE_BASE_URLS).
const sdk = new ShopeeSDK({ partner_id: partnerId, partner_key: partnerKey, base_url: fake.base_url });

let first; // token pair from the code exchange
await check("auth/token/get: SDK's public-level sign accepted, code exchanged for tokens", async () => {
  first = await sdk.auth.getAccessToken(fake.auth_code, shopId);
  assert(!first.error, `error ${first.error}`);
  assert(/^[0-9a-f]+$/.test(first.access_token ?? ""), `no access_token in ${JSON.stringify(first)}`);
  assert(first.refresh_token, "no refresh_token");
  assert(first.expire_in > 0, "no expire_in");
  await sdk.tokenStorage.store(first); // what sdk.authenticateWithCode does
  return `expire_in ${first.expire_in}`;
});

await check("auth/token/get: the code is single-use", async () =>
  expectShopeeError("error_param", () => sdk.auth.getAccessToken(fake.auth_code, shopId)));

async function orderDetail(client) {
  const answer = await client.order.getOrderDetail({
    order_sn_list: [orderSn], // one entry: the SDK repeats the key for arrays, Shopee wants comma-joined
    response_optional_fields: "item_list,total_amount",
  });
  assert(!answer.error, `error ${answer.error}`);
  const orders = answer.response?.order_list ?? [];
  assert(orders.length === 1 && orders[0].order_sn === orderSn, `unexpected order_list ${JSON.stringify(orders)}`);
  assert(orders[0].item_list?.length === 1, "item_list missing although asked for");
  return `${orders[0].order_sn} ${orders[0].order_status} total ${orders[0].total_amount}`;
}

await check("order/get_order_detail: SDK's shop-level sign accepted with the exchanged token", () =>
  orderDetail(sdk));

let second;
await check("auth/access_token/get: sdk.refreshToken() rotates both tokens", async () => {
  second = await sdk.refreshToken(shopId);
  assert(!second.error, `error ${second.error}`);
  assert(second.access_token && second.access_token !== first.access_token, "access_token not renewed");
  assert(second.refresh_token && second.refresh_token !== first.refresh_token, "refresh_token not rotated");
  const stored = await sdk.getAuthToken();
  assert(stored.access_token === second.access_token, "SDK did not store the new pair");
  return `new expire_in ${second.expire_in}`;
});

await check("order/get_order_detail: works with the refreshed token", () => orderDetail(sdk));

await check("auth/access_token/get: the old refresh token is single-use", async () =>
  expectShopeeError("error_param", () => sdk.auth.getRefreshToken(first.refresh_token, shopId)));

// The deliberate negative: same partner id, wrong key, a valid token. The SDK signs with what it is
// given; the fake must answer error_sign (Shopee's "Wrong sign.").
const wrongKey = partnerKey.slice(0, -1) + (partnerKey.endsWith("0") ? "1" : "0");
const forger = new ShopeeSDK({ partner_id: partnerId, partner_key: wrongKey, base_url: fake.base_url });
await forger.tokenStorage.store(second ?? first);
await check("order/get_order_detail signed with a wrong partner key answers error_sign", () =>
  expectShopeeError("error_sign", () => orderDetail(forger)));

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
