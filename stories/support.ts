/// <reference types="vite/client" />
import { html, type TemplateResult } from 'lit';
import type { LoginContext, LoginEvent } from '../src/machine/types.js';

/*
 * What every story shares: a sandbox of the mock backend per story, the render of
 * <nordic-login> with the toolbar's language and theme and the CSS custom property
 * controls, and `Widget`, which drives the element's actor straight to a step.
 */

// ---------------------------------------------------------------------------------------
// The element, as stories see it (structural, so stories do not depend on its internals).

export interface LoginSnapshot {
  value: string | Record<string, unknown>;
  context: LoginContext;
  status: string;
  hasTag(tag: string): boolean;
}

export interface LoginActor {
  getSnapshot(): LoginSnapshot;
  send(event: LoginEvent): void;
  subscribe(observer: (snapshot: LoginSnapshot) => void): { unsubscribe(): void };
}

export type LoginElement = HTMLElement & { readonly actor: LoginActor; updateComplete?: Promise<unknown> };

/** Top-level state = the screen; `code.expired` style paths name substates too. */
export function statePath(snapshot: LoginSnapshot): string {
  const path: string[] = [];
  let value: unknown = snapshot.value;
  while (value && typeof value === 'object') {
    const [key, inner] = Object.entries(value as Record<string, unknown>)[0] ?? [];
    if (key === undefined) break;
    path.push(key);
    value = inner;
  }
  if (typeof value === 'string') path.push(value);
  return path.join('.');
}

// ---------------------------------------------------------------------------------------
// Mock backend: one freshly seeded store per story (the mock's /sandbox/<id>/api).

const sandboxes = new Map<string, string>();

/**
 * The API base of a story. Stable while the story stays mounted (a language or theme
 * switch re-renders it in place and must keep its state), fresh when it is mounted again.
 */
export function sandboxFor(storyId: string): string {
  let base = sandboxes.get(storyId);
  if (!base) {
    base = `/sandbox/${storyId}-${Math.random().toString(36).slice(2, 8)}/api`;
    sandboxes.set(storyId, base);
  }
  return base;
}

export function forgetSandbox(storyId: string): void {
  sandboxes.delete(storyId);
}

export interface Knobs {
  /** Answer every request of the sandbox this much later. */
  delayMs?: number;
  /** Make an operation (by operationId) fail with a problem code. */
  fail?: Record<string, string>;
}

async function mockCall(base: string, path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${base}/__mock/${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init?.headers },
  });
  if (!response.ok) throw new Error(`mock ${path}: HTTP ${response.status}`);
  return response;
}

export const mock = {
  knobs: (base: string, knobs: Knobs) => mockCall(base, 'knobs', { method: 'POST', body: JSON.stringify(knobs) }),
  clock: (base: string, advanceSeconds: number) =>
    mockCall(base, 'clock', { method: 'POST', body: JSON.stringify({ advanceSeconds }) }),
  async outbox(base: string): Promise<OutboxMessage[]> {
    return (await mockCall(base, 'outbox')).json() as Promise<OutboxMessage[]>;
  },
};

export interface OutboxMessage {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  subject?: string;
  text: string;
  code?: string;
  link?: string;
  sentAt: string;
}

// ---------------------------------------------------------------------------------------
// Render.

export type Tenant = 'demo' | 'nokas' | 'hk' | 'polarkraft' | 'minasidor';

export interface LoginArgs {
  tenant?: Tenant;
  [cssProperty: `--${string}`]: string | undefined;
}

interface RenderContext {
  id: string;
  globals: Record<string, unknown>;
}

/** The custom-elements manifest, when it has been generated (`npm run storybook` does). */
interface Manifest {
  modules?: { declarations?: { tagName?: string; cssProperties?: { name: string; default?: string; description?: string }[] }[] }[];
}
const manifest = Object.values(
  import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' }),
)[0];

const declaration = manifest?.modules
  ?.flatMap((module) => module.declarations ?? [])
  .find((d) => d.tagName === 'nordic-login');

/** The theme's documented CSS custom properties (--nl-*), as controls a designer can play with. */
export const cssPropertyArgTypes = Object.fromEntries(
  (declaration?.cssProperties ?? [])
    .filter((p) => p.name.startsWith('--nl-'))
    .map((p) => [
      p.name,
      {
        name: p.name,
        description: p.description,
        control: isColour(p.default) ? { type: 'color' as const } : { type: 'text' as const },
        table: { category: 'css custom properties', defaultValue: { summary: p.default ?? '' } },
      },
    ]),
);

function isColour(value: string | undefined): boolean {
  return !!value && /^(#|rgb|hsl|oklch|oklab|color\(|light-dark\()/i.test(value.trim());
}

export function renderLogin(args: LoginArgs, context: RenderContext): TemplateResult {
  const style = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value !== '')
    .map(([name, value]) => `${name}: ${value as string}`)
    .join('; ');
  return html`<nordic-login
    api-base=${sandboxFor(context.id)}
    tenant=${args.tenant ?? 'demo'}
    lang=${(context.globals['locale'] as string | undefined) ?? 'en'}
    theme=${(context.globals['theme'] as string | undefined) ?? 'light'}
    style=${style}
  ></nordic-login>`;
}

// ---------------------------------------------------------------------------------------
// Driving the element to a step.

const STEP_TIMEOUT_MS = 10_000;

export class Widget {
  constructor(
    readonly element: LoginElement,
    readonly base: string,
  ) {}

  /** The <nordic-login> of the story, once its actor exists. */
  static async of(canvasElement: HTMLElement, storyId: string): Promise<Widget> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const element = canvasElement.querySelector<LoginElement>('nordic-login');
      if (element && customElements.get('nordic-login') && element.actor) return new Widget(element, sandboxFor(storyId));
      if (Date.now() > deadline) throw new Error('<nordic-login> did not render or has no actor');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  get actor(): LoginActor {
    return this.element.actor;
  }

  get snapshot(): LoginSnapshot {
    return this.actor.getSnapshot();
  }

  send(event: LoginEvent): void {
    this.actor.send(event);
  }

  /**
   * Waits until the widget shows `state` (a top-level state, or a dotted path such as
   * `code.locked` / `bankid.pending`) and no longer waits on the network, then until the
   * element has rendered it.
   */
  async at(state: string, options: { busy?: boolean; when?: (snapshot: LoginSnapshot) => boolean } = {}): Promise<LoginSnapshot> {
    const matches = (s: LoginSnapshot) => {
      const path = statePath(s);
      return (
        (path === state || path.startsWith(`${state}.`)) &&
        (options.busy === true || !s.hasTag('busy')) &&
        (options.when?.(s) ?? true)
      );
    };
    const snapshot = await new Promise<LoginSnapshot>((resolve, reject) => {
      let subscription: { unsubscribe(): void } | undefined;
      const done = (s: LoginSnapshot) => {
        clearTimeout(timer);
        queueMicrotask(() => subscription?.unsubscribe());
        resolve(s);
      };
      const timer = setTimeout(() => {
        subscription?.unsubscribe();
        const s = this.snapshot;
        reject(new Error(`expected the widget at "${state}", it is at "${statePath(s)}"${s.context.error ? ` (error ${s.context.error.code})` : ''}`));
      }, STEP_TIMEOUT_MS);
      const now = this.snapshot;
      if (matches(now)) return done(now);
      subscription = this.actor.subscribe((s) => {
        if (matches(s)) done(s);
      });
    });
    await this.rendered();
    return snapshot;
  }

  /** Waits until the screen shows an error with this code. */
  async error(code: string, state?: string): Promise<LoginSnapshot> {
    const snapshot = this.snapshot;
    return this.at(state ?? statePath(snapshot).split('.')[0] ?? '', {
      when: (s) => s.context.error?.code === code,
    });
  }

  async rendered(): Promise<void> {
    await this.element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.element.updateComplete;
  }

  /** The newest message the mock "sent" (mail or SMS). */
  async lastMessage(): Promise<OutboxMessage> {
    const messages = await mock.outbox(this.base);
    const last = messages.at(-1);
    if (!last) throw new Error('the mock outbox is empty');
    return last;
  }

  /** The one-time code of the newest message. */
  async code(): Promise<string> {
    const { code } = await this.lastMessage();
    if (!code) throw new Error('the newest message carries no code');
    return code;
  }

  /** Enters the newest one-time code. */
  async enterCode(): Promise<void> {
    this.send({ type: 'code.submit', code: await this.code() });
  }

  clock(advanceSeconds: number): Promise<Response> {
    return mock.clock(this.base, advanceSeconds);
  }
}

/** Adds `nl-link=<token>` to the page's address, as a link in a mail opened in this tab would. */
export function openLink(token: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set('nl-link', token);
  window.history.replaceState(window.history.state, '', url);
}

/** The token of a link in a message (`?nl-link=<token>`). */
export function linkToken(message: OutboxMessage): string {
  const link = message.link ?? message.text.match(/https?:\/\/\S+/)?.[0];
  const token = link ? new URL(link, window.location.href).searchParams.get('nl-link') : null;
  if (!token) throw new Error('the message carries no nl-link');
  return token;
}

/** Same-origin JSON call to a sandbox of the mock, with the session's CSRF token. */
export async function api<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const session = (await (await fetch(`${base}/session`, { credentials: 'include' })).json()) as { csrfToken: string };
  const response = await fetch(`${base}${path}`, {
    method,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}
