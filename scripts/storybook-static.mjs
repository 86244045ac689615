// The built Storybook (storybook-static/, from `npm run build-storybook`) served on
// localhost, a secure context, so msw's service worker registers: for the smoke run and
// the gallery.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const STATIC_DIR = resolve('storybook-static');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves STATIC_DIR on a free port; resolves to the server and its origin. */
export async function serveStorybook() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(STATIC_DIR, path));
    if (!file.startsWith(STATIC_DIR + sep) && file !== STATIC_DIR) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && path === '/favicon.ico') {
      // Chromium asks for it by itself; it is not the story's doing.
      response.writeHead(204).end();
      return;
    }
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      // The build does not change during a run: every page after the first takes Storybook's
      // scripts from the browser's cache, compiled already.
      'Cache-Control': 'max-age=3600',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, 'localhost', done));
  return { server, origin: `http://localhost:${server.address().port}` };
}
