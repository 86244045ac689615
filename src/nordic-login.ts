import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { createActor, type ActorRefFrom } from 'xstate';
import { createApiClient } from './api/client.js';
import { navigableUrl } from './api/urls.js';
import { isMobileDevice } from './brand/bankid-launch.js';
import type { ConfigOverrides } from './api/types.js';
import { ActorController } from './actor-controller.js';
import { NlErrorEvent, NlNavigateEvent, NlSignedInEvent, NlSignedOutEvent, NlStepChangeEvent } from './events.js';
import { LocaleController, type Locale, type TextOverrides } from './i18n/locale-controller.js';
import { msg, withTemplates } from './i18n/msg.js';
import { loginMachine } from './machine/login.machine.js';
import type { LoginEmitted } from './machine/types.js';
import { styles } from './nordic-login.styles.js';
import { bankIdView } from './views/bankid.js';
import { codeView } from './views/code.js';
import { errorText } from './views/error-messages.js';
import { actions, secondaryButton } from './views/form.js';
import { inboxView, supportView } from './views/inbox.js';
import { linkFailedView } from './views/link-failed.js';
import { enrolPhoneView } from './views/phone.js';
import { recoveryView } from './views/recovery.js';
import { registrationView } from './views/registration.js';
import { setPasswordView } from './views/set-password.js';
import { signedInView } from './views/signed-in.js';
import { signInView } from './views/sign-in.js';
import { startFormView } from './views/start-forms.js';
import { busyView, unavailableView, welcomeView } from './views/status.js';
import { stepOf, subStateOf, type View, type ViewSnapshot } from './views/types.js';

export type LoginActor = ActorRefFrom<typeof loginMachine>;
export type Theme = 'auto' | 'light' | 'dark';

/** The view of each top-level state that has one of its own. */
const SCREENS: Partial<Record<string, View>> = {
  unavailable: unavailableView,
  welcome: welcomeView,
  signIn: signInView,
  activation: startFormView,
  verifyAndCreate: startFormView,
  passwordLink: startFormView,
  forgotPassword: startFormView,
  mobileRegistration: registrationView,
  customerNumberRegistration: registrationView,
  emailRegistration: registrationView,
  forgotCustomerNumber: recoveryView,
  code: codeView,
  enrolPhone: enrolPhoneView,
  setPassword: setPasswordView,
  checkInbox: inboxView,
  contactSupport: supportView,
  linkFailed: linkFailedView,
  bankid: bankIdView,
  signedIn: signedInView,
};

/** Query parameters the widget reads once at start and removes from the address bar. */
const LANDING_PARAMS = ['nl-link', 'nl-idp', 'nl-idp-error', 'nl-bankid'];

/**
 * Sign-in for Nordic customer portals: password, one-time codes by e-mail and SMS,
 * Mobile BankID, identity providers, registration and recovery, in Danish, Norwegian,
 * Swedish and English. Drop the tag into a page and point it at the API.
 *
 * @summary An embeddable login for Nordic customer portals, driven by the tenant's configuration.
 *
 * @attr {string} api-base - The API base URL (default `/api`). Changing it starts afresh.
 * @attr {string} tenant - The tenant id, sent as `?tenant=` when one backend serves several portals.
 * @attr {string} lang - The language: `da`, `fi`, `nb`, `sv` or `en` (else the page's `lang`, then the browser's).
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme; `auto` follows `prefers-color-scheme`.
 * @attr {number} request-timeout - Time limit of each request to the API in milliseconds (default 15000); a slower answer is shown as "took too long".
 *
 * @event {NlSignedInEvent} nl-signed-in - A user is signed in; `event.user` is `{id, displayName, identifier?}`.
 * @event {NlSignedOutEvent} nl-signed-out - The user signed out.
 * @event {NlStepChangeEvent} nl-step-change - The widget shows another step; `event.step` names it (`signIn`, `code`, `bankid`, ...).
 * @event {NlErrorEvent} nl-error - An error is shown to the user; `event.code` is its code (`invalid_credentials`, `network`, ...).
 * @event {NlNavigateEvent} nl-navigate - The widget is about to send the browser to `event.url`; cancel it to navigate yourself.
 *
 * @slot header - Above the step, e.g. the portal's logo.
 * @slot footer - Below the step, e.g. links to terms and help.
 *
 * @csspart base - The frame around everything.
 * @csspart heading - The heading of each step (focused when a step has no field to start in).
 * @csspart subheading - Headings inside a step ("Or sign in with").
 * @csspart text - Running text.
 * @csspart form - The form of a step.
 * @csspart field - A label with its input, hint and error.
 * @csspart label - A field's label.
 * @csspart input - A text, e-mail, password, phone or code input.
 * @csspart select - The country code picker.
 * @csspart hint - Help text under a label.
 * @csspart field-error - The error of one field.
 * @csspart error - The error of a step.
 * @csspart actions - The row of buttons of a form.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of a step.
 * @csspart secondary-button - Other actions (back, resend, cancel).
 * @csspart link-button - Actions that read as links (forgot password, other flows).
 * @csspart method-button - A sign-in method (BankID, an identity provider).
 * @csspart bankid-button - The Mobile BankID method and "open BankID on this device".
 * @csspart reveal-button - Show or hide a password.
 * @csspart links - Lists of links to other flows.
 * @csspart methods - The other sign-in methods.
 * @csspart checklist - The live password policy checklist.
 * @csspart countdown - Time left before a new code can be sent.
 * @csspart qr - The BankID QR code button.
 * @csspart status - BankID's status text.
 * @csspart user - The signed-in user's name.
 *
 * @cssproperty --nl-font-family - Font (default: inherited from the page).
 * @cssproperty --nl-font-size - Base font size (default `1rem`).
 * @cssproperty --nl-color-primary - Main buttons and focus ring.
 * @cssproperty --nl-color-on-primary - Text on the primary colour.
 * @cssproperty --nl-color-text - Text.
 * @cssproperty --nl-color-muted - Hints and secondary text.
 * @cssproperty --nl-color-background - Background of the frame.
 * @cssproperty --nl-color-surface - Background of inputs.
 * @cssproperty --nl-color-border - Borders of inputs and the frame.
 * @cssproperty --nl-color-error - Error text and borders.
 * @cssproperty --nl-color-success - Met rules of the password checklist.
 * @cssproperty --nl-color-focus - The focus ring (default: the primary colour).
 * @cssproperty --nl-radius - Corner radius of inputs and buttons.
 * @cssproperty --nl-space - The base spacing unit.
 * @cssproperty --nl-max-width - Widest the widget grows (default `28rem`).
 */
export class NordicLogin extends LitElement {
  /** The version of this copy of the widget; `define` compares it when the tag is already taken. */
  static readonly version: string = '0.1.0';

  static override styles = styles;

  static override properties = {
    apiBase: { attribute: 'api-base' },
    tenant: {},
    configOverrides: { attribute: 'config-overrides', type: Object },
    texts: { type: Object },
    theme: { reflect: true },
    requestTimeout: { attribute: 'request-timeout', type: Number },
  };

  /** The API base URL. Changing it after start begins a new login against the new API. */
  declare apiBase: string;
  /** The tenant id (`?tenant=` on every call), if the backend serves several portals. */
  declare tenant: string | undefined;
  /** Overrides of the tenant configuration, merged over what the server says (one level deep). */
  declare configOverrides: ConfigOverrides | undefined;
  /** Per-language text overrides: `{ sv: { 'message-id': 'Text' } }` (ids in locales/*.xlf). */
  declare texts: TextOverrides | undefined;
  /** Colour scheme: `auto` (the default) follows the system. */
  declare theme: Theme;
  /** Time limit of each request in milliseconds (default 15 000); read when the login starts. */
  declare requestTimeout: number | undefined;

  // Not #private, unlike the rest: the language tests read which language it shows.
  private readonly localeController = new LocaleController(this);
  readonly #actorController = new ActorController<LoginActor>(this, (snapshot) => this.#onSnapshot(snapshot));
  #startedWith: string | undefined;
  /** The address's nl-* parameters, read once; every restart gets them until the login has used them. */
  #landing: string | undefined;
  #landingTaken = false;
  #shownStep: string | undefined;
  #focusedScreen: string | undefined;
  #focusedErrorSeq: number | undefined;
  #announced: { seq: number; locale: Locale; text: string } | undefined;
  /** Focus is moved only once the user has been in the widget: never on page load. */
  #engaged = false;

  constructor() {
    super();
    this.apiBase = '/api';
    this.theme = 'auto';
    this.addEventListener('focusin', () => (this.#engaged = true));
  }

  /** The running login (read-only): for tests, stories and integrators who want to observe it. */
  get actor(): LoginActor | undefined {
    return this.#actorController.actor;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.actor) this.#start();
    document.addEventListener('visibilitychange', this.#onPageVisible);
    window.addEventListener('pageshow', this.#onPageVisible);
    window.addEventListener('focus', this.#onPageVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onPageVisible);
    window.removeEventListener('pageshow', this.#onPageVisible);
    window.removeEventListener('focus', this.#onPageVisible);
    // Moving the element is a disconnect and a connect in the same task: the login goes on.
    // Removed for good, it stops polling and ticking.
    queueMicrotask(() => {
      if (!this.isConnected) this.#stop();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.actor && (changed.has('apiBase') || changed.has('tenant') || changed.has('configOverrides')) && this.#startKey() !== this.#startedWith) {
      this.#stop();
      this.#start();
    }
  }

  /** Back from the BankID app (or any other tab): a running order is collected, and its QR renewed, at once. */
  readonly #onPageVisible = (): void => {
    if (document.visibilityState === 'visible') this.actor?.send({ type: 'page.visible' });
  };

  #startKey(): string {
    return JSON.stringify([this.apiBase, this.tenant ?? null, this.configOverrides ?? null]);
  }

  #start(): void {
    const api = createApiClient({
      baseUrl: this.apiBase,
      ...(this.tenant ? { tenant: this.tenant } : {}),
      ...(this.requestTimeout && this.requestTimeout > 0 ? { timeoutMs: this.requestTimeout } : {}),
    });
    if (!this.#landingTaken) {
      this.#landingTaken = true;
      this.#landing = takeLandingParams();
    }
    const returnUrl = pageAddress();
    const search = this.#landing;
    const actor = createActor(loginMachine, {
      input: {
        api,
        ...(search ? { search } : {}),
        ...(returnUrl ? { returnUrl } : {}),
        ...(this.configOverrides ? { configOverrides: this.configOverrides } : {}),
        mobile: isMobileDevice(navigator.userAgent),
      },
    });
    actor.on('*', (event) => this.#onEmitted(event as LoginEmitted));
    this.#startedWith = this.#startKey();
    this.#shownStep = undefined;
    this.#actorController.actor = actor;
    actor.start();
  }

  #stop(): void {
    this.actor?.stop();
    this.#actorController.actor = undefined;
  }

  #onEmitted(event: LoginEmitted): void {
    switch (event.type) {
      case 'signedIn':
        this.dispatchEvent(new NlSignedInEvent(event.user));
        break;
      case 'signedOut':
        this.dispatchEvent(new NlSignedOutEvent());
        break;
      case 'error':
        this.dispatchEvent(new NlErrorEvent(event.code));
        break;
      case 'navigate': {
        // The machine sends only checked addresses; this is the last look before the page leaves.
        const url = navigableUrl(event.url);
        if (url && this.dispatchEvent(new NlNavigateEvent(url))) navigateTop(url);
        break;
      }
      case 'landingUsed':
        this.#landing = undefined;
        break;
    }
  }

  #onSnapshot(snapshot: ViewSnapshot): void {
    const step = stepOf(snapshot);
    if (step !== this.#shownStep) {
      this.#shownStep = step;
      this.dispatchEvent(new NlStepChangeEvent(step));
    }
  }

  /** Settles once the widget shows its texts in its language, not only once it has rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.localeController.ready;
    return super.getUpdateComplete();
  }

  protected override render(): TemplateResult {
    const snapshot = this.#actorController.snapshot;
    const { locale, templates } = this.localeController;
    return withTemplates(templates, () => {
      const error = snapshot?.context.error;
      // The live region says each error once, in the words of the moment it happened
      // (a countdown in it would be read out every second); a new seq is a new node, so
      // the same error twice is announced twice. A new language says it again in its words.
      if (error && templates && (error.seq !== this.#announced?.seq || locale !== this.#announced.locale)) {
        this.#announced = { seq: error.seq, locale, text: errorText(error, error.retryAt ? snapshot.context.now : 0, locale) };
      }
      if (!error) this.#announced = undefined;
      // lang on the content, not only the host: the language may come from the browser's
      // settings, and a screen reader picks its voice by it.
      return html`<div class="frame" part="base" lang=${locale}>
        <slot name="header"></slot>
        ${snapshot && templates ? this.#screen(snapshot, locale) : busyView(undefined, templates !== undefined)}
        <slot name="footer"></slot>
        <div class="visually-hidden" role="alert">${this.#announced ? keyed(this.#announced.seq, html`<p>${this.#announced.text}</p>`) : nothing}</div>
      </div>`;
    });
  }

  /** The one place that chooses a view: by the machine's top-level state. */
  #screen(snapshot: ViewSnapshot, locale: Locale): TemplateResult {
    const send = (event: Parameters<LoginActor['send']>[0]) => this.actor?.send(event);
    const step = stepOf(snapshot);
    const view = SCREENS[step];
    // Every other step (loading, redeemingLink, redirecting, signingOut) waits for the network.
    if (!view) return busyView(step);
    // An answer that broke the contract leaves the server's state unknown: starting over asks it afresh.
    const startOver =
      snapshot.context.error?.code === 'unexpected_response' && step !== 'unavailable'
        ? actions(secondaryButton(msg('Start over'), () => send({ type: 'restart' }), { part: 'start-over-button' }))
        : nothing;
    return html`${view(snapshot, send, locale)}${startOver}`;
  }

  protected override updated(): void {
    const snapshot = this.#actorController.snapshot;
    if (!snapshot) return;
    // BankID's choice of device and its running order are different screens.
    const screen = `${stepOf(snapshot)}.${stepOf(snapshot) === 'bankid' ? subStateOf(snapshot) === 'choosing' : ''}`;
    const error = snapshot.context.error;
    const newError = error !== undefined && error.seq !== this.#focusedErrorSeq;
    if (error) this.#focusedErrorSeq = error.seq;
    if (screen !== this.#focusedScreen) {
      this.#focusedScreen = screen;
      if (this.#engaged) this.#focusStep();
    } else if (newError && this.#engaged) {
      // Once per error: to the first field it names, so it can be corrected at once.
      this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]:not([disabled])')?.focus();
    }
  }

  /** Focus to where the new step starts: its first empty field, else its first field, else its heading. */
  #focusStep(): void {
    const root = this.shadowRoot;
    if (!root) return;
    const fields = [...root.querySelectorAll<HTMLInputElement>('form input:not([type=hidden]):not([hidden]):not([disabled]):not([type=checkbox]), form select:not([disabled])')];
    const target = fields.find((f) => f instanceof HTMLInputElement && f.value === '') ?? fields[0] ?? root.querySelector<HTMLElement>('#nl-heading');
    target?.focus();
  }
}

/**
 * Reads the link token and identity-provider result from the address once, and takes
 * them out of the address bar (a token in the history is a credential left lying about).
 */
function takeLandingParams(): string | undefined {
  if (typeof location === 'undefined') return undefined;
  const url = new URL(location.href);
  const found = LANDING_PARAMS.some((name) => url.searchParams.has(name));
  if (!found) return undefined;
  const search = url.search;
  for (const name of LANDING_PARAMS) url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
  return search;
}

/** Where identity providers and BankID send the browser back to: this page, without nl-* parameters. */
function pageAddress(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}

/** Identity providers (MitID, Norwegian BankID) refuse frames: the whole page goes. */
function navigateTop(url: string): void {
  try {
    // A frame on another origin may set the top window's href (not call assign on it).
    (window.top ?? window).location.href = url;
  } catch {
    window.location.assign(url);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nordic-login': NordicLogin;
  }
}
