/**
 * nordic-login/react: <NordicLogin> for React 18 and 19, made with @lit/react.
 *
 * ```tsx
 * import { NordicLogin } from 'nordic-login/react';
 *
 * <NordicLogin apiBase="/api" tenant="nokas" lang="da" onSignedIn={(e) => setUser(e.user)} />
 * ```
 *
 * Element properties (apiBase, tenant, configOverrides, texts, theme) are set as
 * properties, so objects need no JSON; each `on*` prop listens to one `nl-*` event and
 * receives the typed event. Importing this module defines <nordic-login>.
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
  extends Partial<Pick<NordicLoginElement, 'apiBase' | 'tenant' | 'configOverrides' | 'texts' | 'theme'>>,
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

/**
 * The <nordic-login> element as a React component. A ref gives the element itself
 * (`ref.current.actor` to observe the running login).
 */
export const NordicLogin: React.ForwardRefExoticComponent<NordicLoginProps & React.RefAttributes<NordicLoginElement>> =
  createComponent({
    react: React,
    tagName: 'nordic-login',
    elementClass: NordicLoginElement,
    events,
    displayName: 'NordicLogin',
  });
