/// <reference types="vite/client" />
import type { ConfigOverrides } from '../src/shell/overrides.js';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { FlowName, LoginContext, LoginEvent } from '../src/shell/types.js';
import type { AnyActorRef } from 'xstate';
import { errorOf, isBusy, statePath } from '../test/support/state.js';

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
  /** The flows the shell runs as children (BankID). */
  children: Partial<Record<string, AnyActorRef | undefined>>;
}

export interface LoginActor {
  getSnapshot(): LoginSnapshot;
  send(event: LoginEvent): void;
  subscribe(observer: (snapshot: LoginSnapshot) => void): { unsubscribe(): void };
}

export type LoginElement = HTMLElement & { readonly actor: LoginActor; updateComplete?: Promise<unknown> };

/** Top-level state = the screen; `code.expired` style paths name substates too, read through to a flow's own machine. */
export { statePath };

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
  /** Answer these operations (by operationId) this much later. */
  slow?: Record<string, number>;
  /** The outcome of every BankID order (mock-server/README.md, BankID). */
  bankid?: string;
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
  /** Moves the sandbox's clock forward; `frozen` stops or restarts its real time. */
  clock: (base: string, advanceSeconds: number, frozen?: boolean) =>
    mockCall(base, 'clock', { method: 'POST', body: JSON.stringify({ advanceSeconds, frozen }) }),
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
  tenant?: string;
  /** The element's configOverrides property (e.g. another country's identifier). */
  configOverrides?: ConfigOverrides;
  [cssProperty: `--${string}`]: string | undefined;
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
  return !!value && /^(#|rgb|hsl|oklch|oklab|color\(|color-mix\(|light-dark\()/i.test(value.trim());
}

interface RenderContext {
  id: string;
  globals: Record<string, unknown>;
  argTypes: Record<string, { action?: unknown; table?: { category?: string } }>;
}

/** What the story binds itself: the sandbox, the toolbar's language and theme. */
const BOUND = new Set(['api-base', 'apiBase', 'tenant', 'lang', 'theme', 'actor', 'style']);
type PrepareContext = { id: string; args: { tenant?: string } };

const latestArgs = new WeakMap<Element, Record<string, unknown>>();
const listening = new WeakMap<Element, Set<string>>();

/**
 * Passes the other controls through: attributes and properties from the manifest are set
 * on the element, and its events reach the Actions panel.
 */
function passThrough(args: Record<string, unknown>, argTypes: RenderContext['argTypes']) {
  return ref((element) => {
    if (!element) return;
    latestArgs.set(element, args);
    for (const [name, value] of Object.entries(args)) {
      if (BOUND.has(name) || name.startsWith('--') || value === undefined) continue;
      const argType = argTypes[name];
      const action = argType?.action as { name?: string } | string | undefined;
      if (typeof value === 'function' && action) {
        const event = typeof action === 'string' ? action : action.name;
        const events = listening.get(element) ?? new Set<string>();
        listening.set(element, events);
        if (event && !events.has(event)) {
          events.add(event);
          element.addEventListener(event, (e) => (latestArgs.get(element)?.[name] as ((e: Event) => void) | undefined)?.(e));
        }
      } else if (argType?.table?.category === 'attributes') {
        if (value === false || value === null) element.removeAttribute(name);
        else element.setAttribute(name, value === true ? '' : String(value));
      } else if (argType?.table?.category === 'properties') {
        (element as unknown as Record<string, unknown>)[name] = value;
      }
    }
  });
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
    ${passThrough(args as Record<string, unknown>, context.argTypes ?? {})}
  ></nordic-login>`;
}

export const TENANTS: Tenant[] = ['demo', 'nokas', 'hk', 'polarkraft', 'minasidor'];

/** What every meta of <nordic-login> shares; spread into `preview.meta({ title, ... })`. */
export const widgetMeta = {
  component: 'nordic-login' as const,
  render: renderLogin,
  args: { tenant: 'demo' as string },
  argTypes: {
    tenant: {
      description:
        'Which of the mock backend\'s tenants answers (each has its own identifier, methods and flows; see mock-server/README.md)',
      control: { type: 'select' as const },
      options: TENANTS,
      table: { category: 'attributes' },
    },
    ...cssPropertyArgTypes,
  },
  // A story mounted again starts over in a freshly seeded sandbox.
  beforeEach: ({ id }: { id: string }) => () => forgetSandbox(id),
  parameters: {
    // The panel shows what a designer can change; the docs page lists the whole contract.
    controls: { include: /^(tenant|--nl-.*)$/ },
  },
};

// ---------------------------------------------------------------------------------------
// Driving the element to a step.

const STEP_TIMEOUT_MS = 10_000;

/** The seeded customers' password (mock-server/seed.ts). */
export const DEMO_PASSWORD = 'Sommar-2026!';
/** A password every tenant's policy accepts. */
export const NEW_PASSWORD = 'Nordlys-2026!';

type PlayContext = { canvasElement: HTMLElement; id: string };

/** A play function that drives the story's widget; `journey` gets it once its actor exists. */
export function reach(journey: (widget: Widget) => Promise<unknown>): (context: PlayContext) => Promise<void> {
  return async ({ canvasElement, id }) => {
    await journey(await Widget.of(canvasElement, id));
  };
}

/** A beforeEach that makes one operation of the story's sandbox fail with a problem code. */
export function failing(operationId: string, code: string) {
  return prepare(async (base) => {
    await mock.knobs(base, { fail: { [operationId]: code } });
  });
}

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

  /** Waits for boot to end: the first screen that does not wait on the network. */
  async booted(): Promise<LoginSnapshot> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const s = this.snapshot;
      if (!isBusy(s) && statePath(s) !== 'loading') {
        await this.rendered();
        return s;
      }
      if (Date.now() > deadline) throw new Error(`the widget did not finish loading (at "${statePath(s)}")`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * The sign-in form, past the "existing or new customer" question where the tenant asks
   * it, and past the method a tenant leads with (Mina sidor: BankID) to its password form.
   */
  async signInForm(): Promise<LoginSnapshot> {
    const first = await this.booted();
    if (statePath(first).startsWith('welcome')) this.send({ type: 'customer.existing' });
    const signIn = await this.at('signIn');
    if (statePath(signIn) !== 'signIn.leading') return signIn;
    this.send({ type: 'method.password' });
    return this.at('signIn.idle');
  }

  /** The sign-in step as a customer first sees it: the tenant's leading method, or its form. */
  async signInStart(): Promise<LoginSnapshot> {
    const first = await this.booted();
    if (statePath(first).startsWith('welcome')) this.send({ type: 'customer.existing' });
    return this.at('signIn');
  }

  /** The start form of a flow, opened from the sign-in form. */
  async startFlow(flow: FlowName): Promise<LoginSnapshot> {
    await this.signInForm();
    this.send({ type: 'flow.start', flow });
    return this.at(flow);
  }

  /** Signs in with a password from the sign-in form. */
  async signIn(identifier: string, password = DEMO_PASSWORD): Promise<void> {
    await this.signInForm();
    this.send({ type: 'signIn.submit', identifier, password, rememberMe: false });
  }

  /** Sets `NEW_PASSWORD` on the set-password screen. */
  choosePassword(): void {
    this.send({ type: 'password.submit', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
  }

  /**
   * Waits until the widget shows `state` (a top-level state, or a dotted path such as
   * `code.locked` / `bankid.pending`) and no longer waits on the network, then until the
   * element has rendered it.
   */
  async at(
    state: string,
    options: { busy?: boolean; when?: (snapshot: LoginSnapshot) => boolean; timeoutMs?: number } = {},
  ): Promise<LoginSnapshot> {
    const matches = (s: LoginSnapshot) => {
      const path = statePath(s);
      return (
        (path === state || path.startsWith(`${state}.`)) &&
        (options.busy === true || !isBusy(s)) &&
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
        reject(new Error(`expected the widget at "${state}", it is at "${statePath(s)}"${errorOf(s) ? ` (error ${errorOf(s)?.code})` : ''}`));
      }, options.timeoutMs ?? STEP_TIMEOUT_MS);
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
      when: (s) => errorOf(s)?.code === code,
    });
  }

  /**
   * Not an animation frame: Storybook's test runs render stories in background tabs,
   * where the browser holds frames back indefinitely.
   */
  async rendered(): Promise<void> {
    await this.element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
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

/** Adds `nl-idp=...` to the page's address, as the identity provider's return would. */
export function returnFromIdentityProvider(params: Record<string, string>): void {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', url);
}

/** Same-origin JSON call to a sandbox of the mock for a tenant, with the session's CSRF token. */
export async function api<T>(base: string, tenant: Tenant, method: string, path: string, body?: unknown): Promise<T> {
  const url = (p: string) => `${base}${p}?tenant=${encodeURIComponent(tenant)}`;
  const session = (await (await fetch(url('/session'), { credentials: 'include' })).json()) as { csrfToken: string };
  const response = await fetch(url(path), {
    method,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/**
 * A beforeEach that prepares the story's sandbox once per mount (a language switch
 * re-renders the story, and runs beforeEach again, without mounting it again).
 */
export function prepare(
  setup: (base: string, context: PrepareContext) => Promise<void>,
): (context: PrepareContext) => Promise<void> {
  const prepared = new Set<string>();
  return async (context) => {
    const base = sandboxFor(context.id);
    if (prepared.has(base)) return;
    prepared.add(base);
    await setup(base, context);
  };
}

/**
 * A beforeEach that runs a link flow through the API and opens the link it mails, as a
 * customer who follows the link in this tab does; the widget redeems it as it starts.
 */
export function followMailedLink(start: (base: string, tenant: Tenant) => Promise<unknown>) {
  return prepare(async (base, { args }) => {
    await start(base, (args.tenant ?? 'demo') as Tenant);
    const messages = await mock.outbox(base);
    const last = messages.at(-1);
    if (!last) throw new Error('the flow mailed nothing');
    openLink(linkToken(last));
  });
}
