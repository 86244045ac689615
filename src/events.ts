/*
 * The DOM events <nordic-login> dispatches, one class each. They bubble and are
 * composed, so a page hears them on the element, on any ancestor, and across the
 * shadow roots the element may sit in. They carry what a page needs to react and
 * nothing a user typed: no password, code, PIN or link token ever leaves the widget.
 */
import type { User } from './api/types.js';
import type { ErrorCode } from './api/errors.js';

const init = { bubbles: true, composed: true } as const;

/** A user is signed in: after any flow, or found signed in when the widget loads. */
export class NlSignedInEvent extends Event {
  static readonly eventName = 'nl-signed-in';
  readonly user: User;

  constructor(user: User) {
    super(NlSignedInEvent.eventName, init);
    this.user = user;
  }
}

/** The user signed out. */
export class NlSignedOutEvent extends Event {
  static readonly eventName = 'nl-signed-out';

  constructor() {
    super(NlSignedOutEvent.eventName, init);
  }
}

/** The widget shows another step (the machine's top-level state: signIn, code, bankid, ...). */
export class NlStepChangeEvent extends Event {
  static readonly eventName = 'nl-step-change';
  readonly step: string;

  constructor(step: string) {
    super(NlStepChangeEvent.eventName, init);
    this.step = step;
  }
}

/** Something went wrong and the widget says so to the user; `code` is for analytics and logs. */
export class NlErrorEvent extends Event {
  static readonly eventName = 'nl-error';
  readonly code: ErrorCode;

  constructor(code: ErrorCode) {
    super(NlErrorEvent.eventName, init);
    this.code = code;
  }
}

/**
 * The widget is about to send the browser to `url` (an identity provider, the
 * new-customer page). Cancelable: a single-page app, or a page that embeds the widget
 * in a frame, may call preventDefault() and navigate its own way.
 */
export class NlNavigateEvent extends Event {
  static readonly eventName = 'nl-navigate';
  readonly url: string;

  constructor(url: string) {
    super(NlNavigateEvent.eventName, { ...init, cancelable: true });
    this.url = url;
  }
}

declare global {
  interface HTMLElementEventMap {
    'nl-signed-in': NlSignedInEvent;
    'nl-signed-out': NlSignedOutEvent;
    'nl-step-change': NlStepChangeEvent;
    'nl-error': NlErrorEvent;
    'nl-navigate': NlNavigateEvent;
  }
}
