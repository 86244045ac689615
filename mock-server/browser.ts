/**
 * The mock backend inside the browser (Storybook): the same handlers in an msw service worker.
 * `public/mockServiceWorker.js` must be served (scripts/setup.mjs runs `msw init public`).
 * Stories can also hand `handlers` to msw-storybook-addon (`parameters.msw.handlers`).
 */
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.js';
import { formatMessage } from './outbox.js';

export const handlers = createHandlers({
  onMessage(message, sandboxId) {
    console.info(formatMessage(message, sandboxId ? `sandbox ${sandboxId}` : 'mock outbox'));
  },
});

export const worker = setupWorker(...handlers);

/** Starts the worker; requests that are not for the mock API pass through untouched. */
export function startMockWorker(serviceWorkerUrl = '/mockServiceWorker.js'): Promise<unknown> {
  return worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: serviceWorkerUrl } });
}
