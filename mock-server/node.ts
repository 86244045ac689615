/**
 * The mock backend as a real HTTP server: `npm run mock` (PORT env, default 8787).
 * Base URL http://localhost:<port>/api, or http://localhost:<port>/sandbox/<any id>/api for a
 * freshly seeded store of its own. Prints every e-mail and SMS it "sends".
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer } from '@mswjs/http-middleware';
import { MOCK_DEFECTS, type MockDefect } from './defects.js';
import { createHandlers } from './handlers.js';
import { formatMessage } from './outbox.js';
import { NETWORK_ERROR_HEADER } from './request-knobs.js';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? 'localhost';
const quiet = process.env.MOCK_QUIET === '1';
// MOCK_DEFECTS=csrf-not-enforced,... breaks the contract on purpose: only the conformance
// kit's test (test/conformance/kit.mjs) sets it, to prove that the kit catches each defect.
const defects = (process.env.MOCK_DEFECTS ?? '').split(',').filter(Boolean) as MockDefect[];
const unknownDefect = defects.find((d) => !MOCK_DEFECTS.includes(d));
if (unknownDefect) {
  console.error(`mock backend: unknown MOCK_DEFECTS entry ${unknownDefect} (known: ${MOCK_DEFECTS.join(', ')})`);
  process.exit(1);
}

const handlers = createHandlers({
  defects,
  onMessage(message, sandboxId) {
    if (quiet) return;
    console.log(`\n${formatMessage(message, sandboxId ? `sandbox ${sandboxId}` : '')}\n`);
  },
});

// An express app: the msw handlers first, then a JSON 404 for anything else.
const app = createServer(...handlers);

/** `mock-fail=network`: drop the connection instead of answering. */
function dropOnNetworkError(req: IncomingMessage, res: ServerResponse): void {
  let drop = false;
  const appendHeader = res.appendHeader.bind(res);
  res.appendHeader = ((name: string, value: string | readonly string[]) => {
    if (name.toLowerCase() === NETWORK_ERROR_HEADER) {
      drop = true;
      return res;
    }
    return appendHeader(name, value);
  }) as typeof res.appendHeader;
  const end = res.end.bind(res);
  res.end = ((...args: Parameters<typeof res.end>) => {
    if (drop) {
      req.socket.destroy();
      return res;
    }
    return end(...args);
  }) as typeof res.end;
}

const server = createHttpServer((req, res) => {
  dropOnNetworkError(req, res);
  app(req, res);
});

server.listen(port, host, () => {
  // PORT=0 picks a free port: the line below says which.
  const address = server.address();
  const actual = address && typeof address === 'object' ? address.port : port;
  console.log(`nordic-login mock backend: http://${host}:${actual}/api${defects.length ? ` (defects: ${defects.join(', ')})` : ''}`);
  if (!quiet) {
    console.log(`  outbox:    http://${host}:${actual}/api/__mock/outbox`);
    console.log(`  sandboxes: http://${host}:${actual}/sandbox/<any id>/api (fresh store each)`);
    console.log('  demo customers and knobs: mock-server/README.md');
  }
});
server.on('error', (error) => {
  console.error(`mock backend: ${error.message}`);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
