/** Runs msw handlers as a Connect/Node middleware (used by the Vite plugin). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse, type HttpHandler } from 'msw';
import { NETWORK_ERROR_HEADER } from './request-knobs.js';

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export function toNodeMiddleware(handlers: HttpHandler[], accept: (path: string) => boolean) {
  return async (
    req: IncomingMessage & { originalUrl?: string },
    res: ServerResponse,
    next: (error?: unknown) => void,
  ): Promise<void> => {
    const path = req.originalUrl ?? req.url ?? '/';
    if (!accept(path)) return next();
    try {
      const method = req.method ?? 'GET';
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
        else if (value !== undefined) headers.set(name, value);
      }
      const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await readBody(req));
      const request = new Request(new URL(path, `http://${req.headers.host ?? 'localhost'}`), { method, headers, body });
      const response = await getResponse(handlers, request);
      if (!response) return next();
      if (response.type === 'error' || response.headers.has(NETWORK_ERROR_HEADER)) {
        req.socket.destroy();
        return;
      }
      res.statusCode = response.status;
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') res.setHeader(name, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) res.setHeader('set-cookie', cookies);
      if (response.body) Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res);
      else res.end();
    } catch (error) {
      next(error);
    }
  };
}
