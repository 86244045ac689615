/*
 * The DOM events <nordic-login> dispatches, one class each. They bubble and are
 * composed, so a page hears them on the element, on any ancestor, and across the
 * shadow roots the element may sit in. Each is a CustomEvent: what it carries is on the
 * event itself (`event.user`) and, as the platform's habit is, in `event.detail`
 * (`event.detail.user`: Angular's `$event.detail`, Vue, jQuery). They carry what a page
 * needs to react and nothing a user typed: no password, code, PIN or link token ever
 * leaves the widget.
 */
import type { User } from './api/types.js';
import type { ErrorCode } from './api/errors.js';

const init = { bubbles: true, composed: true } as const;

/** What `nl-signed-in` carries. */
export interface NlSignedInDetail {
  user: User;
}
/** What `nl-step-change` carries. */
export interface NlStepChangeDetail {
  step: string;
}
/** What `nl-error` carries. */
export interface NlErrorDetail {
  code: ErrorCode;
}
/** What `nl-navigate` carries. */
export interface NlNavigateDetail {
  url: string;
}

/** A user is signed in: after any flow, or found signed in when the widget loads. */
export class NlSignedInEvent extends CustomEvent<NlSignedInDetail> {
  static readonly eventName = 'nl-signed-in';
  readonly user: User;

  constructor(user: User) {
    super(NlSignedInEvent.eventName, { ...init, detail: { user } });
    this.user = user;
  }
}

/** The user signed out (in the widget, or by the page's `signOut()` while someone was signed in). */
export class NlSignedOutEvent extends CustomEvent<Record<string, never>> {
  static readonly eventName = 'nl-signed-out';

  constructor() {
    super(NlSignedOutEvent.eventName, { ...init, detail: {} });
  }
}

/** The widget shows another step (the machine's top-level state: signIn, code, bankid, ...). */
export class NlStepChangeEvent extends CustomEvent<NlStepChangeDetail> {
  static readonly eventName = 'nl-step-change';
  readonly step: string;

  constructor(step: string) {
    super(NlStepChangeEvent.eventName, { ...init, detail: { step } });
    this.step = step;
  }
}

/** Something went wrong and the widget says so to the user; `code` is for analytics and logs. */
export class NlErrorEvent extends CustomEvent<NlErrorDetail> {
  static readonly eventName = 'nl-error';
  readonly code: ErrorCode;

  constructor(code: ErrorCode) {
    super(NlErrorEvent.eventName, { ...init, detail: { code } });
    this.code = code;
  }
}

/**
 * The widget is about to send the browser to `url` (an identity provider, the
 * new-customer page). Cancelable: a single-page app, or a page that embeds the widget
 * in a frame, may call preventDefault() and navigate its own way.
 */
export class NlNavigateEvent extends CustomEvent<NlNavigateDetail> {
  static readonly eventName = 'nl-navigate';
  readonly url: string;

  constructor(url: string) {
    super(NlNavigateEvent.eventName, { ...init, cancelable: true, detail: { url } });
    this.url = url;
  }
}

/** Every event of the widget by name, for typing listeners in any framework. */
export interface NordicLoginEventMap {
  'nl-signed-in': NlSignedInEvent;
  'nl-signed-out': NlSignedOutEvent;
  'nl-step-change': NlStepChangeEvent;
  'nl-error': NlErrorEvent;
  'nl-navigate': NlNavigateEvent;
}

declare global {
  interface HTMLElementEventMap extends NordicLoginEventMap {}
}
