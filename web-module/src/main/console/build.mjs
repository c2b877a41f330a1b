// Builds the console into OUT (default dist/): one hashed script and stylesheet under assets/ and an
// index.html that names them. esbuild alone does the work (JSX for Preact, CSS, minifying), so the
// toolchain is two npm packages. `--dev` rebuilds on every change and serves the console on :5173
// with /admin and /health proxied to a running platform (PLATFORM_URL, default localhost:8080).
import * as esbuild from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dev = process.argv.includes('--dev');
const out = path.resolve(here, process.env.CONSOLE_OUT_DIR || 'dist');
const BASE = '/app/';

const options = {
  entryPoints: [path.join(here, 'src/main.jsx')],
  bundle: true,
  outdir: path.join(out, 'assets'),
  entryNames: dev ? '[name]' : '[name]-[hash]',
  format: 'esm',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: !dev,
  sourcemap: dev,
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
  plugins: [{ name: 'index-html', setup: (build) => build.onEnd((result) => writeIndex(result)) }],
};

async function writeIndex(result) {
  if (result.errors.length > 0) return;
  const outputs = Object.keys(result.metafile.outputs).map((file) => path.relative(out, path.resolve(file)).split(path.sep).join('/'));
  const script = outputs.find((f) => f.endsWith('.js'));
  const style = outputs.find((f) => f.endsWith('.css'));
  const template = await readFile(path.join(here, 'src/index.html'), 'utf8');
  const tags = [
    style ? `<link rel="stylesheet" href="${BASE}${style}" />` : '',
    `<script type="module" src="${BASE}${script}"></script>`,
  ].join('\n    ');
  await writeFile(path.join(out, 'index.html'), template.replace('<!-- build.mjs puts the bundled script and stylesheet here -->', tags));
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

if (!dev) {
  const result = await esbuild.build(options);
  const sizes = Object.entries(result.metafile.outputs).map(([file, o]) => `${path.basename(file)} ${(o.bytes / 1024).toFixed(1)} kB`);
  console.log(`console built into ${out}: ${sizes.join(', ')}`);
} else {
  const context = await esbuild.context(options);
  await context.watch();
  const platform = new URL(process.env.PLATFORM_URL || 'http://127.0.0.1:8080');
  const types = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.html': 'text/html' };
  http
    .createServer(async (req, res) => {
      if (req.url.startsWith('/admin') || req.url.startsWith('/health')) {
        const upstream = http.request(
          { host: platform.hostname, port: platform.port, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', () => res.writeHead(502).end('platform not reachable'));
        req.pipe(upstream);
        return;
      }
      const asset = req.url.startsWith(BASE + 'assets/') ? req.url.slice(BASE.length).split('?')[0] : 'index.html';
      try {
        const body = await readFile(path.join(out, path.normalize(asset).replace(/^(\.\.[/\\])+/, '')));
        res.writeHead(200, { 'Content-Type': types[path.extname(asset)] || 'application/octet-stream' }).end(body);
      } catch (e) {
        res.writeHead(404).end();
      }
    })
    .listen(5173, '127.0.0.1', () => console.log(`console dev server on http://127.0.0.1:5173/app/ (API: ${platform.origin})`));
}
