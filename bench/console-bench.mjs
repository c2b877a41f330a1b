// Console page-load benchmark: how long an operator waits, in a real browser, from navigation to the
// page showing its data. Drives Debian's headless chromium over the DevTools protocol with Node's own
// WebSocket (run with --experimental-websocket on Node 20), so it needs no npm package.
//
//   node --experimental-websocket bench/console-bench.mjs BASE_URL TOKEN [runs] [page ...]
//
// A page is "ROUTE|CSS": the route under /app and the element whose appearance means "loaded".
// Every run is a fresh navigation (new document, scripts from the HTTP cache as a returning
// operator has them); prints runs, p50, p95 and max in ms per page.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [base, token, runsArg, ...pageArgs] = process.argv.slice(2);
if (!base || !token) {
  console.error('usage: console-bench.mjs BASE_URL TOKEN [runs] [ROUTE|CSS ...]');
  process.exit(2);
}
const runs = Number(runsArg) || 20;
const ROW = 'table.data tbody tr[data-row]';
const pages = (pageArgs.length ? pageArgs : [
  `/|[data-card=orders] .stat-value`,
  `/orders|${ROW}`,
  `/orders?status=shipped&env=sandbox|${ROW}`,
  `/orders?offset=90000|${ROW}`,
  `/catalog?sku=BENCH-0123|${ROW}`,
  `/catalog?q=charizard|${ROW}`,
  `/inventory|${ROW}`,
  `/inventory/movements|${ROW}`,
  `/orders/ord_BENCH00000000000000042|[data-timeline-entry]`,
]).map((p) => {
  const [route, css] = p.split('|');
  return { route, css };
});

const profile = mkdtempSync(path.join(tmpdir(), 'console-bench-'));
const chromium = spawn(process.env.CHROMIUM || '/usr/bin/chromium', [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
  '--window-size=1440,960', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank',
], { stdio: ['ignore', 'ignore', 'pipe'] });

const endpoint = await new Promise((resolve, reject) => {
  let text = '';
  chromium.stderr.on('data', (chunk) => {
    text += chunk;
    const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
    if (found) resolve(found[1]);
  });
  chromium.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${text}`)));
});

const browser = new WebSocket(endpoint);
await new Promise((resolve) => browser.addEventListener('open', resolve, { once: true }));
let nextId = 1;
const waiting = new Map();
browser.addEventListener('message', (event) => {
  const message = JSON.parse(event.data);
  if (message.id && waiting.has(message.id)) {
    const { resolve, reject } = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error) reject(new Error(message.error.message));
    else resolve(message.result);
  }
});
const send = (method, params = {}, sessionId) =>
  new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    browser.send(JSON.stringify({ id, method, params, sessionId }));
  });

const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
const page = (method, params) => send(method, params, sessionId);
const evaluate = async (expression) => (await page('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result.value;
await page('Page.enable');
await page('Runtime.enable');

// Sign in the way the console does: its token in localStorage of the console's origin.
await page('Page.navigate', { url: `${base}/app/` });
await waitFor('document.readyState === "complete"');
await evaluate(`localStorage.setItem('tcg.console.token', ${JSON.stringify(token)})`);

async function waitFor(condition, timeoutMs = 30000) {
  const started = Date.now();
  for (;;) {
    if (await evaluate(`Boolean(${condition})`)) return;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${condition}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(`console page loads, ${runs} runs each, ${base}`);
console.log('page'.padEnd(44) + 'p50 ms'.padStart(9) + 'p95 ms'.padStart(9) + 'max ms'.padStart(9));
for (const { route, css } of pages) {
  const times = [];
  for (let i = 0; i <= runs; i += 1) {
    await page('Page.navigate', { url: `${base}/app${route}` });
    // The element is there once the API answered and the page rendered; time from navigation start.
    await waitFor(`document.querySelector(${JSON.stringify(css)}) && !document.querySelector('.error-banner')`);
    const ms = await evaluate(`performance.now()`);
    if (i > 0) times.push(ms); // the first run warms the HTTP cache and the server
  }
  times.sort((a, b) => a - b);
  console.log(route.padEnd(44) + [50, 95, 100].map((p) => percentile(times, p).toFixed(0).padStart(9)).join(''));
}

// A graceful shutdown, so chromium and its helpers stop writing the profile before it is removed.
const exited = new Promise((resolve) => chromium.once('exit', resolve));
await send('Browser.close').catch(() => chromium.kill());
await exited;
try {
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
} catch (e) {
  console.error(`(left the temporary profile ${profile}: ${e.code})`);
}
