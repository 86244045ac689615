/// <reference types="vite/client" />
import type { ConfigOverrides } from '../src/shell/overrides.js';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { mock } from '../test/support/mock.js';
import { bring, prepare as prepareRoute, type StepName, type Tenant } from '../test/support/steps.js';
import { Widget } from '../test/support/widget.js';

/*
 * What every story shares: a sandbox of the mock backend per story, the render of
 * <nordic-login> with the toolbar's language and theme and the CSS custom property
 * controls, and the play functions that bring its widget to a step with the harness the
 * tests use (test/support: steps.ts names every step and the way there).
 */

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

// ---------------------------------------------------------------------------------------
// Render.

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

type PlayContext = { canvasElement: HTMLElement; id: string };

/** The <nordic-login> of the story, once its actor exists. */
async function widgetIn(canvasElement: HTMLElement, storyId: string): Promise<Widget> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const element = canvasElement.querySelector('nordic-login');
    if (element && customElements.get('nordic-login') && element.actor) return new Widget(element, sandboxFor(storyId));
    if (Date.now() > deadline) throw new Error('<nordic-login> did not render or has no actor');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A play function that drives the story's widget; `journey` gets it once its actor exists. */
export function reach(journey: (widget: Widget) => Promise<unknown>): (context: PlayContext) => Promise<void> {
  return async ({ canvasElement, id }) => {
    await journey(await widgetIn(canvasElement, id));
  };
}

/** A story at a step of the harness: what its route needs before the widget starts, then the route. */
export function at(step: StepName) {
  return {
    beforeEach: prepare((base, { args }) => prepareRoute(step, base, args.tenant)),
    play: reach((w) => bring(w, step)),
  };
}

/** A beforeEach that makes one operation of the story's sandbox fail with a problem code. */
export function failing(operationId: string, code: string) {
  return prepare((base) => mock.knobs(base, { fail: { [operationId]: code } }));
}

/**
 * A beforeEach that prepares the story's sandbox once per mount (a language switch
 * re-renders the story, and runs beforeEach again, without mounting it again).
 */
export function prepare(
  setup: (base: string, context: PrepareContext) => Promise<unknown>,
): (context: PrepareContext) => Promise<void> {
  const prepared = new Set<string>();
  return async (context) => {
    const base = sandboxFor(context.id);
    if (prepared.has(base)) return;
    prepared.add(base);
    await setup(base, context);
  };
}
