import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { createActor, type ActorRefFrom } from 'xstate';
import { createApiClient } from './api/client.js';
import { navigableUrl } from './api/urls.js';
import { isMobileDevice } from './brand/mobile-device.js';
import { ActorController } from './actor-controller.js';
import { NlErrorEvent, NlNavigateEvent, NlSignedInEvent, NlSignedOutEvent, NlStepChangeEvent } from './events.js';
import { LocaleController, matchLocale, type Locale, type TextOverrides } from './i18n/locale-controller.js';
import { msg, withTemplates } from './i18n/msg.js';
import { apiActors } from './shell/actors.js';
import { loginMachine, type Screen } from './shell/login.machine.js';
import { bankidOf, flowOf, onEmitted, screenContext, screenOf } from './shell/children.js';
import { FLOW_NAMES } from './shell/navigation.js';
import type { LoginEmitted, LoginEvent, StartStep } from './shell/types.js';
import type { ConfigOverrides } from './shell/overrides.js';
import { styles } from './nordic-login.styles.js';
import { signInView } from './flows/sign-in/sign-in.view.js';
import { signedInView } from './flows/signed-in/signed-in.view.js';
import { welcomeView } from './flows/welcome/welcome.view.js';
import { busyView, loadFailedView, unavailableView } from './shell/status.view.js';
import { errorText } from './ui/error-messages.js';
import { actions, secondaryButton } from './ui/form.js';
import { lazy, LazyView } from './ui/lazy-view.js';
import { stepOf, type View, type ViewSnapshot } from './ui/view.js';

export type LoginActor = ActorRefFrom<typeof loginMachine>;
export type Theme = 'auto' | 'light' | 'dark';
export type { ConfigOverrides, StartStep };

/** The steps `start` accepts. */
const START_STEPS: readonly string[] = [...FLOW_NAMES, 'bankid'];

/** config-overrides as the page wrote it: JSON of an object, else a warning and no overrides. */
function parseOverrides(value: string | null): ConfigOverrides | undefined {
  if (value === null || value.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as ConfigOverrides;
    console.warn(`<nordic-login>: config-overrides must be a JSON object, not ${JSON.stringify(parsed)}; it is ignored.`);
  } catch (error) {
    console.warn(`<nordic-login>: config-overrides is not valid JSON (${(error as Error).message}); it is ignored.`, value);
  }
  return undefined;
}

/** A step that waits for the network (loading, opening a link, redirecting, signing out). */
const waiting: View = (snapshot) => busyView(stepOf(snapshot));

/**
 * The view of every top-level state: a state without one does not compile. What the
 * first screen of a visit needs is here at once; the rest loads when its step is shown.
 */
const SCREENS = {
  loading: waiting,
  unavailable: unavailableView,
  choosingStart: waiting,
  welcome: welcomeView,
  signIn: signInView,
  register: lazy(() => import('./flows/sign-in/register.view.js'), (m) => m.registerView),
  activation: lazy(() => import('./flows/activation/activation.view.js'), (m) => m.activationView),
  verifyAndCreate: lazy(() => import('./flows/verify-and-create/verify-and-create.view.js'), (m) => m.verifyAndCreateView),
  mobileRegistration: lazy(() => import('./flows/mobile-registration/mobile-registration.view.js'), (m) => m.mobileRegistrationView),
  customerNumberRegistration: lazy(() => import('./flows/customer-number-registration/customer-number-registration.view.js'), (m) => m.customerNumberRegistrationView),
  forgotCustomerNumber: lazy(() => import('./flows/forgot-customer-number/forgot-customer-number.view.js'), (m) => m.forgotCustomerNumberView),
  emailRegistration: lazy(() => import('./flows/email-registration/email-registration.view.js'), (m) => m.emailRegistrationView),
  passwordLink: lazy(() => import('./flows/password-link/password-link.view.js'), (m) => m.passwordLinkView),
  forgotPassword: lazy(() => import('./flows/forgot-password/forgot-password.view.js'), (m) => m.forgotPasswordView),
  steps: (snapshot, send, locale) =>
    snapshot.matches({ steps: 'unloaded' }) ? loadFailedView(snapshot.context, locale, () => send({ type: 'retry' })) : waiting(snapshot, send, locale),
  code: lazy(() => import('./steps/code/code.view.js'), (m) => m.codeView),
  enrolPhone: lazy(() => import('./steps/phone/phone.view.js'), (m) => m.enrolPhoneView),
  setPassword: lazy(() => import('./steps/set-password/set-password.view.js'), (m) => m.setPasswordView),
  checkInbox: lazy(() => import('./steps/outcomes/inbox.view.js'), (m) => m.inboxView),
  contactSupport: lazy(() => import('./steps/outcomes/inbox.view.js'), (m) => m.supportView),
  redeemingLink: waiting,
  linkFailed: lazy(() => import('./steps/outcomes/link-failed.view.js'), (m) => m.linkFailedView),
  bankid: lazy(() => import('./flows/bankid/bankid.view.js'), (m) => m.bankIdView),
  redirecting: waiting,
  signedIn: signedInView,
  signingOut: waiting,
  endingSession: waiting,
} satisfies Record<Screen, View | LazyView>;

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
 * @attr {string} config-overrides - JSON of overrides of the tenant configuration, merged deep over what the API says; invalid JSON is ignored with a console warning.
 * @attr {'signIn'|'activation'|'verifyAndCreate'|'mobileRegistration'|'customerNumberRegistration'|'forgotCustomerNumber'|'emailRegistration'|'passwordLink'|'forgotPassword'|'bankid'} start - The first step, instead of the tenant's usual start (the "existing or new customer" question is skipped); a step the tenant does not offer is ignored with a console warning.
 * @attr {string} identifier - The identifier (e-mail, customer number, personal number: the tenant's kind) filled in for the user.
 * @attr {string} return-url - Where identity providers and the BankID app send the browser back to (default: this page); relative to the page, https (http on localhost). The API accepts only addresses on the tenant's allow-list.
 *
 * @event {NlSignedInEvent} nl-signed-in - A user is signed in; `event.user` is `{id, displayName, identifier?}`.
 * @event {NlSignedOutEvent} nl-signed-out - The user signed out.
 * @event {NlStepChangeEvent} nl-step-change - The widget shows another step; `event.step` names it (`signIn`, `code`, `bankid`, ...).
 * @event {NlErrorEvent} nl-error - An error is shown to the user; `event.code` is its code (`invalid_credentials`, `network`, ...).
 * @event {NlNavigateEvent} nl-navigate - The widget is about to send the browser to `event.url`; cancel it to navigate yourself.
 *
 * Host-page API: `signOut()` when the portal signs the user out itself, `reset()` to begin
 * again. Removing the element and adding the same element back keeps the login where it
 * was (for `detachedLifetime`, 10 minutes); a new element starts afresh. The element
 * starts once it is in the document and the current task has set its attributes and
 * properties, so a framework that sets `apiBase` right after creating it never calls the
 * default `/api`.
 *
 * Colours come in two sets: `--nl-color-*` for the light scheme and `--nl-dark-color-*` for
 * the dark one (`theme="dark"`, or `auto` in a dark system), so a brand that sets its light
 * colours never makes the dark card light. Only the primary colour carries over: unless
 * `--nl-dark-color-primary` is set, the dark scheme mixes the brand's primary with white.
 * Hover and pressed colours are derived from the primary with `color-mix()` unless set.
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
 * @csspart links - Lists of links to other flows, and the choice of registration flows.
 * @csspart register-button - "Register", after "New customer?".
 * @csspart flow-button - A registration flow to choose.
 * @csspart password-button - "Sign in with password", beside a tenant's leading method.
 * @csspart methods - The other sign-in methods.
 * @csspart checklist - The live password policy checklist.
 * @csspart countdown - Time left before a new code can be sent.
 * @csspart qr - The BankID QR code button.
 * @csspart status - BankID's status text.
 * @csspart user - The signed-in user's name.
 * @csspart sign-out-button - "Sign out" when signed in.
 * @csspart back-button - "Back" and "Back to sign-in".
 * @csspart cancel-button - Cancels a running BankID order.
 * @csspart resend-button - "Send a new code".
 * @csspart start-over-button - "Start over", after an answer that broke the contract.
 * @csspart device-button - BankID on this device, or on another one: the other way than the one shown.
 * @csspart qr-dialog - The enlarged BankID QR code.
 *
 * @cssproperty [--nl-font-family=inherit] - Font (default: inherited from the page).
 * @cssproperty [--nl-font-size=1rem] - Base font size (default `1rem`).
 * @cssproperty [--nl-heading-font-family=inherit] - Font of the step headings (default: the widget's font).
 * @cssproperty [--nl-heading-font-weight=700] - Weight of the step headings.
 * @cssproperty [--nl-button-font-weight=600] - Weight of button labels.
 * @cssproperty [--nl-color-primary=#0b5cad] - Main buttons, links and focus ring (light scheme; the dark scheme lightens it unless `--nl-dark-color-primary` is set).
 * @cssproperty [--nl-color-on-primary=#ffffff] - Text on the primary colour.
 * @cssproperty [--nl-color-primary-hover=color-mix(in srgb, var(--nl-color-primary) 85%, black)] - The primary button under the pointer.
 * @cssproperty [--nl-color-primary-pressed=color-mix(in srgb, var(--nl-color-primary) 70%, black)] - The primary button while pressed; also a pressed link.
 * @cssproperty [--nl-color-text=#1b1f24] - Text.
 * @cssproperty [--nl-color-muted=#555d66] - Hints and secondary text.
 * @cssproperty [--nl-color-background=#ffffff] - Background of the frame.
 * @cssproperty [--nl-color-surface=#ffffff] - Background of inputs.
 * @cssproperty [--nl-color-border=#8a939c] - Borders of inputs.
 * @cssproperty [--nl-color-error=#b3261e] - Error text and borders.
 * @cssproperty [--nl-color-success=#1d6b35] - Met rules of the password checklist.
 * @cssproperty [--nl-color-focus=var(--nl-color-primary)] - The focus ring (default: the primary colour).
 * @cssproperty [--nl-dark-color-primary=color-mix(in srgb, var(--nl-color-primary) 40%, white)] - Dark scheme: main buttons, links, checkboxes and focus ring (default: the light primary lightened, #9dbede without a brand).
 * @cssproperty [--nl-dark-color-on-primary=#0d1b2a] - Dark scheme: text on the primary colour.
 * @cssproperty [--nl-dark-color-primary-hover=color-mix(in srgb, var(--nl-dark-color-primary) 80%, white)] - Dark scheme: the primary button under the pointer.
 * @cssproperty [--nl-dark-color-primary-pressed=color-mix(in srgb, var(--nl-dark-color-primary) 60%, white)] - Dark scheme: the primary button while pressed.
 * @cssproperty [--nl-dark-color-text=#e8eaed] - Dark scheme: text.
 * @cssproperty [--nl-dark-color-muted=#b0b7bf] - Dark scheme: hints and secondary text.
 * @cssproperty [--nl-dark-color-background=#1b1f24] - Dark scheme: background of the frame.
 * @cssproperty [--nl-dark-color-surface=#111418] - Dark scheme: background of inputs.
 * @cssproperty [--nl-dark-color-border=#7d8792] - Dark scheme: borders of inputs.
 * @cssproperty [--nl-dark-color-error=#f2b8b5] - Dark scheme: error text and borders.
 * @cssproperty [--nl-dark-color-success=#8fd6a2] - Dark scheme: met rules of the password checklist.
 * @cssproperty [--nl-dark-color-focus=var(--nl-dark-color-primary)] - Dark scheme: the focus ring.
 * @cssproperty [--nl-radius=0.375rem] - Corner radius of inputs and buttons.
 * @cssproperty [--nl-border-width=1px] - Border width of inputs and outlined buttons (an invalid input's is at least 2px).
 * @cssproperty [--nl-input-height=2.75rem] - Height of inputs and buttons (default 44 px; the eIDs' own buttons keep 48 px).
 * @cssproperty [--nl-frame-border=none] - Border of the frame around the widget, e.g. `1px solid #d0d5da`.
 * @cssproperty [--nl-frame-radius=var(--nl-radius)] - Corner radius of the frame (default: the controls' radius).
 * @cssproperty [--nl-frame-shadow=none] - Shadow of the frame, e.g. `0 1px 3px rgb(0 0 0 / 0.2)`.
 * @cssproperty [--nl-space=1rem] - The base spacing unit.
 * @cssproperty [--nl-max-width=28rem] - Widest the widget grows (default `28rem`).
 */
export class NordicLogin extends LitElement {
  /** The version of this copy of the widget; `define` compares it when the tag is already taken. */
  static readonly version: string = '0.1.0';

  static override styles = styles;

  static override properties = {
    apiBase: { attribute: 'api-base' },
    tenant: {},
    configOverrides: { attribute: 'config-overrides', converter: { fromAttribute: parseOverrides } },
    texts: { type: Object },
    theme: { reflect: true },
    requestTimeout: { attribute: 'request-timeout', type: Number },
    start: {},
    identifier: {},
    returnUrl: { attribute: 'return-url' },
  };

  /** The API base URL. Changing it after start begins a new login against the new API. */
  declare apiBase: string;
  /** The tenant id (`?tenant=` on every call), if the backend serves several portals. */
  declare tenant: string | undefined;
  /** Overrides of the tenant configuration, merged over what the server says at every depth (lists replace). */
  declare configOverrides: ConfigOverrides | undefined;
  /** The first step (`activation`, `bankid`, ...) instead of the tenant's usual start. Changing it starts afresh. */
  declare start: StartStep | undefined;
  /** The identifier filled in for the user. Changing it starts afresh. */
  declare identifier: string | undefined;
  /** Where identity providers and the BankID app return to (default: this page). Changing it starts afresh. */
  declare returnUrl: string | undefined;

  /**
   * How long (ms) an element taken out of the document keeps its login (default 10
   * minutes): put back within it, it goes on where it was; after it, it starts afresh.
   */
  static detachedLifetime = 10 * 60_000;
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
  /** What the page asked before the login had started: done as it starts. */
  #beforeStart: LoginEvent | undefined;
  /** Events that happened while the element was out of the document: dispatched when it is back. */
  #held: Event[] = [];
  #detachedTimer: ReturnType<typeof setTimeout> | undefined;

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
    document.addEventListener('visibilitychange', this.#onPageVisible);
    window.addEventListener('pageshow', this.#onPageVisible);
    window.addEventListener('focus', this.#onPageVisible);
    clearTimeout(this.#detachedTimer);
    if (this.actor) {
      // Back in the document: what happened meanwhile reaches the page now.
      const held = this.#held;
      this.#held = [];
      for (const event of held) this.dispatchEvent(event);
      this.#onSnapshot(this.actor.getSnapshot());
      return;
    }
    // Not at once: a framework (or the parser) sets attributes and properties in the same
    // task after inserting the element, and the login must start with them.
    queueMicrotask(() => {
      if (this.isConnected && !this.actor) this.#start();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onPageVisible);
    window.removeEventListener('pageshow', this.#onPageVisible);
    window.removeEventListener('focus', this.#onPageVisible);
    // Moved, hidden in a tab or kept alive by a framework: the login goes on, unseen, and
    // the element shows it when it is back. Removed for good, it ends after a while.
    if (!this.actor) return;
    clearTimeout(this.#detachedTimer);
    this.#detachedTimer = setTimeout(() => {
      if (!this.isConnected) this.#stop();
    }, NordicLogin.detachedLifetime);
  }

  /**
   * The portal signed the user out: the widget shows its first step at once, sign-in
   * rather than the "existing or new customer" question (an
   * `nl-signed-out` event if someone was signed in) and ends the session on the server
   * with `DELETE /session` in the background. Pass `{ endSession: false }` when the
   * portal has already ended the session itself.
   */
  signOut(options: { endSession?: boolean } = {}): void {
    this.#send({ type: 'host.signOut', endSession: options.endSession !== false });
  }

  /**
   * Begins again at the first step with nothing typed (the `identifier` stays filled in);
   * a running BankID order is cancelled. A signed-in user stays signed in.
   */
  reset(): void {
    this.#send({ type: 'reset' });
  }

  #send(event: LoginEvent): void {
    if (this.actor) this.actor.send(event);
    // Not started yet: a sign-out is done first thing; a reset has nothing to undo.
    else if (event.type === 'host.signOut') this.#beforeStart = event;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const restarts = ['apiBase', 'tenant', 'configOverrides', 'start', 'identifier', 'returnUrl'] as const;
    if (this.actor && restarts.some((name) => changed.has(name)) && this.#startKey() !== this.#startedWith) {
      this.#stop();
      this.#start();
    }
  }

  /** Back from the BankID app (or any other tab): a running order is collected, and its QR renewed, at once. */
  readonly #onPageVisible = (): void => {
    if (document.visibilityState === 'visible') this.actor?.send({ type: 'page.visible' });
  };

  #startKey(): string {
    return JSON.stringify([this.apiBase, this.tenant ?? null, this.configOverrides ?? null, this.start ?? null, this.identifier ?? null, this.returnUrl ?? null]);
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
    const returnUrl = this.#returnUrl();
    const search = this.#landing;
    const start = this.#startStep();
    const actor = createActor(loginMachine.provide({ actors: apiActors(api) }), {
      input: {
        ...(search ? { search } : {}),
        ...(start ? { start } : {}),
        ...(this.identifier ? { identifier: this.identifier } : {}),
        ...(returnUrl ? { returnUrl } : {}),
        ...(this.configOverrides ? { configOverrides: this.configOverrides } : {}),
        mobile: isMobileDevice(navigator.userAgent),
      },
    });
    onEmitted(actor, (event) => this.#onEmitted(event));
    this.#startedWith = this.#startKey();
    this.#shownStep = undefined;
    this.#actorController.actor = actor;
    actor.start();
    const asked = this.#beforeStart;
    this.#beforeStart = undefined;
    if (asked) actor.send(asked);
  }

  /** `start` if it names a step the widget has; anything else is said in the console and ignored. */
  #startStep(): StartStep | undefined {
    if (!this.start) return undefined;
    if (START_STEPS.includes(this.start)) return this.start;
    console.warn(`<nordic-login>: start="${this.start}" is not a step; use one of ${START_STEPS.join(', ')}.`);
    return undefined;
  }

  /** `return-url` as an absolute address the browser may be sent back to, else this page. */
  #returnUrl(): string | undefined {
    if (!this.returnUrl) return pageAddress();
    const url = navigableUrl(this.returnUrl);
    if (!url) console.warn(`<nordic-login>: return-url "${this.returnUrl}" is not an https address (http only on localhost); this page is used instead.`);
    return url ?? pageAddress();
  }

  #stop(): void {
    this.actor?.stop();
    this.#actorController.actor = undefined;
  }

  /** For the developer: what `cookies_blocked` means, with the two sites named. */
  #warnCookiesBlocked(): void {
    const page = typeof location === 'undefined' ? undefined : location.origin;
    let api = this.apiBase;
    try {
      api = new URL(this.apiBase, page).origin;
    } catch {
      // As written, then.
    }
    console.warn(
      `<nordic-login>: the API at ${api} does not get its session cookie back from this page (${page ?? 'unknown'}): ` +
        'a fresh CSRF token was refused twice. Browsers do not send cookies to an API on another site than the page ' +
        '(third-party cookies). Serve the API from the portal\'s own site (e.g. https://portal.example/api), see docs/integration.md.',
    );
  }

  /** An event for the page; out of the document, it waits until the element is back. */
  #tell(event: Event): void {
    if (this.isConnected) this.dispatchEvent(event);
    else this.#held.push(event);
  }

  #onEmitted(event: LoginEmitted): void {
    switch (event.type) {
      case 'signedIn':
        this.#tell(new NlSignedInEvent(event.user));
        break;
      case 'signedOut':
        this.#tell(new NlSignedOutEvent());
        break;
      case 'error':
        if (event.code === 'cookies_blocked') this.#warnCookiesBlocked();
        this.#tell(new NlErrorEvent(event.code));
        break;
      case 'navigate': {
        // Out of the document, the page did not ask to go anywhere: the form comes back by itself.
        if (!this.isConnected) break;
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
    const step = stepOf(screenOf(snapshot));
    // Loading the steps' code is a wait between two steps, not a step of its own.
    if (step !== this.#shownStep && step !== 'steps') {
      this.#shownStep = step;
      this.dispatchEvent(new NlStepChangeEvent(step));
      if (step !== 'loading' && !snapshot.hasTag('busy')) this.#warnIfStartNotOffered(snapshot);
    }
  }

  #startWarned = false;

  /** The first step the page asked for is not one the tenant offers: said once, in the console. */
  #warnIfStartNotOffered(snapshot: ViewSnapshot): void {
    const start = snapshot.context.start;
    if (!start || this.#startWarned || !snapshot.context.config || stepOf(screenOf(snapshot)) === start) return;
    const config = snapshot.context.config;
    const offered = start === 'bankid' ? config.methods.bankid : start === 'signIn' ? config.methods.password !== false : config.flows[start] === true;
    if (offered) return;
    this.#startWarned = true;
    console.warn(`<nordic-login>: start="${start}" is not offered by tenant "${config.tenant.id}"; the widget begins at its usual first step.`);
  }

  /** Settles once the widget shows its texts in its language and its step's view, not only once it has rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.localeController.ready;
    let done = await super.getUpdateComplete();
    while (this.#viewLoading) {
      await this.#viewLoading.done;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override render(): TemplateResult {
    const snapshot = this.#actorController.snapshot;
    const { locale, templates } = this.localeController;
    return withTemplates(templates, () => {
      const { error, now } = snapshot ? screenContext(snapshot) : { error: undefined, now: 0 };
      // The live region says each error once, in the words of the moment it happened
      // (a countdown in it would be read out every second); a new seq is a new node, so
      // the same error twice is announced twice. A new language says it again in its words.
      if (error && templates && (error.seq !== this.#announced?.seq || locale !== this.#announced.locale)) {
        this.#announced = { seq: error.seq, locale, text: errorText(error, error.retryAt ? now : 0, locale) };
      }
      if (!error) this.#announced = undefined;
      // lang on the content, not only the host: the language may come from the browser's
      // settings, and a screen reader picks its voice by it. Before any texts (and in markup
      // rendered on a server, where no catalogue loads) the element's own language says it.
      const lang = templates ? locale : (matchLocale(this.getAttribute('locale') || this.getAttribute('lang')) ?? locale);
      return html`<div class="frame" part="base" lang=${lang}>
        <slot name="header"></slot>
        ${snapshot && templates ? this.#screen(snapshot, locale) : busyView(undefined, templates !== undefined)}
        <slot name="footer"></slot>
        <div class="visually-hidden" role="alert">${this.#announced ? keyed(this.#announced.seq, html`<p>${this.#announced.text}</p>`) : nothing}</div>
      </div>`;
    });
  }

  /** The one place that chooses a view: by the machine's top-level state. */
  #screen(shell: ViewSnapshot, locale: Locale): TemplateResult {
    const send = (event: Parameters<LoginActor['send']>[0]) => this.actor?.send(event);
    const snapshot = screenOf(shell);
    const step = stepOf(snapshot);
    const screen: View | LazyView = SCREENS[step as Screen];
    const view =
      screen instanceof LazyView
        ? (this.localeController.complete && screen.viewIn(this.renderRoot as ShadowRoot)) || this.#loadView(screen)
        : screen;
    // An answer that broke the contract leaves the server's state unknown: starting over asks it afresh.
    const startOver =
      screenContext(snapshot).error?.code === 'unexpected_response' && step !== 'unavailable'
        ? actions(secondaryButton(msg('Start over'), () => send({ type: 'restart' }), { part: 'start-over-button' }))
        : nothing;
    return html`${view(snapshot, send, locale)}${startOver}`;
  }

  /**
   * A view loaded later comes with the texts the first screen's catalogue may lack (the
   * CDN bundle splits it), both at once. Until both are here it shows the wait; when
   * either fails, the network error and a way on.
   */
  #loadView(screen: LazyView): View {
    if (this.#viewFailed === screen) return this.#viewFailedView;
    if (this.#viewLoading?.screen !== screen) {
      const done = Promise.all([screen.load(), this.localeController.loadAll()]).then(
        () => undefined,
        () => void (this.#viewFailed = screen),
      ).then(() => {
        if (this.#viewLoading?.done === done) this.#viewLoading = undefined;
        this.requestUpdate();
      });
      this.#viewLoading = { screen, done };
    }
    return waiting;
  }

  /** The view whose code or texts could not be loaded (offline, a CDN hiccup), until "try again". */
  #viewFailed: LazyView | undefined;
  #viewLoading: { screen: LazyView; done: Promise<void> } | undefined;

  readonly #viewFailedView: View = (snapshot, _send, locale) =>
    loadFailedView(snapshot.context, locale, () => {
      this.#viewFailed = undefined;
      this.requestUpdate();
    });

  protected override updated(): void {
    const snapshot: ViewSnapshot | undefined = this.#actorController.snapshot;
    if (!snapshot) return;
    // BankID's choice of device and its running order are different screens, as are the
    // tenant's leading sign-in method and the password form after it. A view, or a flow's
    // machine, that is still loading is not the step yet: focus moves when it shows.
    const choosing = bankidOf(snapshot)?.getSnapshot().matches('choosing') === true || snapshot.matches({ signIn: 'leading' });
    const screen = `${stepOf(screenOf(snapshot))}.${choosing}.${this.#viewLoading === undefined}.${flowOf(snapshot) !== undefined}`;
    const { error } = screenContext(snapshot);
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
