// The bench's pages, on one origin so the browser makes no CORS preflight the portal
// would not make either:
//   /cdn/...        dist/cdn as it is (the CDN build, every chunk beside the main file)
//   /widget.html    a page with <nordic-login> and the one <script type="module"> tag
//                   ?tenant= &lang= &start= &sandbox= (a store of its own in the mock)
//                   &preload=a.js,b.js (<link rel="modulepreload"> hints, as an integrator would add them)
//   /plain.html     the same page with a plain HTML sign-in form instead: the yardstick of "first input"
//   /api, /sandbox/ proxied to the mock backend, which runs as its own process (mock-server/node.ts,
//                   as `npm run mock` runs it) on the next port, answering at once (no delay knob set)
//
//   node bench/server.mjs     serves it for a look in a browser (BENCH_PORT, default 8871; the mock on +1)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CDN_DIR = 'dist/cdn';
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The portal's page around the widget: what an integrator's sign-in page minimally is. */
function widgetPage(query) {
  const tenant = query.get('tenant') ?? 'demo';
  const lang = query.get('lang') ?? 'en';
  const start = query.get('start');
  const sandbox = query.get('sandbox');
  const base = sandbox ? `/sandbox/${encodeURIComponent(sandbox)}/api` : '/api';
  const preload = (query.get('preload') ?? '').split(',').filter(Boolean);
  return `<!doctype html>
<html lang="${escape(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Customer portal · Sign in</title>
    <link rel="icon" href="data:," />
${preload.map((file) => `    <link rel="modulepreload" href="/cdn/${escape(file)}" />\n`).join('')}    <script type="module" src="/cdn/nordic-login.js"></script>
  </head>
  <body>
    <main>
      <h1>Customer portal</h1>
      <nordic-login api-base="${escape(base)}" tenant="${escape(tenant)}" lang="${escape(lang)}"${start ? ` start="${escape(start)}"` : ''}></nordic-login>
    </main>
  </body>
</html>
`;
}

/** A sign-in form with no script at all: the fastest a first input can be on this page. */
const PLAIN_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Customer portal · Sign in</title>
    <link rel="icon" href="data:," />
    <style>
      form { display: grid; gap: 0.75rem; max-width: 24rem; font: 16px system-ui, sans-serif; }
      input, button { font: inherit; padding: 0.5rem; }
    </style>
  </head>
  <body>
    <main>
      <h1>Customer portal</h1>
      <form name="sign-in" method="post" action="/api/sign-in">
        <h2>Sign in</h2>
        <label>E-mail <input name="identifier" type="email" autocomplete="username" required /></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
        <button type="submit">Sign in</button>
      </form>
    </main>
  </body>
</html>
`;

/** Starts the mock backend (mock-server/node.ts) on `port`, resolving once it answers. */
async function startMock(port) {
  const origin = `http://127.0.0.1:${port}`;
  if (await fetch(`${origin}/api/config`).then(() => true, () => false)) {
    throw new Error(`${origin} is taken by another server: set BENCH_PORT`);
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/node.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', MOCK_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the mock backend exited: ${output}`);
    if (await fetch(`${origin}/api/config`).then((r) => r.ok, () => false)) return { child, port };
    await sleep(100);
  }
  child.kill();
  throw new Error(`the mock backend did not answer on ${origin}: ${output}`);
}

/** Serves the pages on `port` and the mock on `port + 1`. Resolves with { origin, close() }. */
export async function startBenchServer({ port = Number(process.env.BENCH_PORT ?? 8871) } = {}) {
  if (!existsSync(join(CDN_DIR, 'nordic-login.js'))) throw new Error(`${CDN_DIR} is missing: run npm run build`);
  const mock = await startMock(port + 1);
  const cdn = resolve(CDN_DIR);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (path.startsWith('/api/') || path.startsWith('/sandbox/')) {
      const upstream = httpRequest(
        { host: '127.0.0.1', port: mock.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      return void req.pipe(upstream);
    }
    const html = (body) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
    if (path === '/widget.html') return html(widgetPage(url.searchParams));
    if (path === '/plain.html') return html(PLAIN_PAGE);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = path.startsWith('/cdn/') && normalize(join(cdn, path.slice('/cdn/'.length)));
    if (!file || !file.startsWith(cdn + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
    // Cacheable as a CDN serves a versioned file; every cold load has a cache of its own.
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=31536000, immutable' });
    res.end(readFileSync(file));
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolvePromise);
  }).catch((error) => {
    mock.child.kill();
    throw error;
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
      mock.child.kill();
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { origin, close } = await startBenchServer();
  console.log(`bench pages: ${origin}/widget.html?tenant=demo&lang=sv&start=signIn  ${origin}/plain.html`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (close(), process.exit(0)));
}
