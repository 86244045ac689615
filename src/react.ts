/**
 * nordic-login/react: <NordicLogin> for React 18 and 19, made with @lit/react.
 *
 * ```tsx
 * import { NordicLogin } from 'nordic-login/react';
 *
 * <NordicLogin apiBase="/api" tenant="nokas" lang="da" onSignedIn={(e) => setUser(e.user)} />
 * ```
 *
 * Element properties (apiBase, tenant, configOverrides, texts, theme, ...) are set as
 * properties, so objects need no JSON; each `on*` prop listens to one `nl-*` event and
 * receives the typed event. The text and number props (and configOverrides, as JSON) are
 * also rendered as attributes, so server-rendered HTML (Next.js, Remix) already names
 * the API and the element starts with it when it upgrades before hydration. Importing
 * this module defines <nordic-login>, and types the raw `<nordic-login>` tag in TSX
 * (`JSX.IntrinsicElements`, React 19) for pages that do not use the wrapper.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  NordicLogin as NordicLoginElement,
  NlErrorEvent,
  NlNavigateEvent,
  NlSignedInEvent,
  NlSignedOutEvent,
  NlStepChangeEvent,
} from './index.js';
import { defineNordicLogin } from './define.js';
import type { NordicLoginAttributes } from './host-attributes.js';

export type { NordicLoginElement };

// React creates the tag by name: it must be defined before the first render.
defineNordicLogin();
export { NlErrorEvent, NlNavigateEvent, NlSignedInEvent, NlSignedOutEvent, NlStepChangeEvent };

/** React prop name to the DOM event it listens to. */
const events = {
  onSignedIn: 'nl-signed-in' as EventName<NlSignedInEvent>,
  onSignedOut: 'nl-signed-out' as EventName<NlSignedOutEvent>,
  onStepChange: 'nl-step-change' as EventName<NlStepChangeEvent>,
  onError: 'nl-error' as EventName<NlErrorEvent>,
  onNavigate: 'nl-navigate' as EventName<NlNavigateEvent>,
};

/** The element's own properties a React parent may set. */
export interface NordicLoginProps
  extends Partial<
      Pick<NordicLoginElement, 'apiBase' | 'tenant' | 'configOverrides' | 'texts' | 'theme' | 'requestTimeout' | 'start' | 'identifier' | 'returnUrl'>
    >,
    Omit<React.HTMLAttributes<NordicLoginElement>, 'onError'> {
  /** A user is signed in: `event.user`. */
  onSignedIn?: (event: NlSignedInEvent) => void;
  /** The user signed out. */
  onSignedOut?: (event: NlSignedOutEvent) => void;
  /** The widget shows another step: `event.step`. */
  onStepChange?: (event: NlStepChangeEvent) => void;
  /** An error is shown to the user: `event.code`. (Replaces React's `onError` of media elements.) */
  onError?: (event: NlErrorEvent) => void;
  /** The widget is about to navigate to `event.url`; `event.preventDefault()` to do it yourself. */
  onNavigate?: (event: NlNavigateEvent) => void;
}

const Inner = createComponent({
  react: React,
  tagName: 'nordic-login',
  elementClass: NordicLoginElement,
  events,
  displayName: 'NordicLoginElement',
});

/** Props that are also rendered as attributes (strings and numbers): what server-rendered HTML needs to start right. */
const ATTRIBUTES = {
  apiBase: 'api-base',
  tenant: 'tenant',
  theme: 'theme',
  requestTimeout: 'request-timeout',
  start: 'start',
  identifier: 'identifier',
  returnUrl: 'return-url',
} as const satisfies Partial<Record<keyof NordicLoginProps, string>>;

/**
 * The <nordic-login> element as a React component. A ref gives the element itself
 * (`ref.current.signOut()`, `ref.current.reset()`).
 */
export const NordicLogin: React.ForwardRefExoticComponent<NordicLoginProps & React.RefAttributes<NordicLoginElement>> = React.forwardRef<
  NordicLoginElement,
  NordicLoginProps
>(function NordicLogin(props, ref) {
  const attributes: Record<string, string> = {};
  for (const [prop, attribute] of Object.entries(ATTRIBUTES)) {
    const value = props[prop as keyof typeof ATTRIBUTES];
    if (value !== undefined && value !== null) attributes[attribute] = String(value);
  }
  if (props.configOverrides) attributes['config-overrides'] = JSON.stringify(props.configOverrides);
  if (typeof document === 'undefined') {
    // On the server, @lit/react leaves out every prop that is a property of the element
    // (it sets those in an effect): the markup gets them as attributes, and HTML props as they are.
    const markup: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(props)) {
      if (typeof value === 'function' || name in events || name in ATTRIBUTES || name === 'configOverrides' || name === 'texts') continue;
      markup[name === 'className' ? 'class' : name] = value;
    }
    return React.createElement('nordic-login', { ...markup, ...attributes });
  }
  return React.createElement(Inner, { ...props, ...attributes, ref } as React.ComponentProps<typeof Inner>);
});
NordicLogin.displayName = 'NordicLogin';

/** The raw tag's props in React 19 TSX: attributes and properties by name, events as `onnl-*`. */
export interface NordicLoginJsxProps
  extends NordicLoginAttributes,
    Omit<React.HTMLAttributes<NordicLoginElement>, keyof NordicLoginAttributes>,
    React.RefAttributes<NordicLoginElement> {
  'onnl-signed-in'?: (event: NlSignedInEvent) => void;
  'onnl-signed-out'?: (event: NlSignedOutEvent) => void;
  'onnl-step-change'?: (event: NlStepChangeEvent) => void;
  'onnl-error'?: (event: NlErrorEvent) => void;
  'onnl-navigate'?: (event: NlNavigateEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'nordic-login': NordicLoginJsxProps;
    }
  }
}
