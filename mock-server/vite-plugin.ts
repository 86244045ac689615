/**
 * A Vite plugin that serves the mock backend from the Vite dev (and preview) server at /api
 * (and /sandbox/<id>/api), so `npm start` serves the demo page and the mock at one origin.
 */
import type { Plugin } from 'vite';
import { createHandlers } from './handlers.js';
import { toNodeMiddleware } from './node-adapter.js';
import { formatMessage } from './outbox.js';

const isMockPath = (path: string): boolean => /^\/(?:api|sandbox\/[^/]+\/api)(?:[/?#]|$)/.test(path);

export function mockBackend(): Plugin {
  const handlers = createHandlers({
    onMessage(message, sandboxId) {
      console.log(`\n${formatMessage(message, sandboxId ? `sandbox ${sandboxId}` : '')}\n`);
    },
  });
  const middleware = toNodeMiddleware(handlers, isMockPath);
  return {
    name: 'nordic-login-mock-backend',
    configureServer(server) {
      server.middlewares.use(middleware);
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address();
        const port = typeof address === 'object' && address ? address.port : 5173;
        setTimeout(() => console.log(`  ➜  Mock API: http://localhost:${port}/api (outbox: /api/__mock/outbox)`), 50);
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
