/*
 * The typed client of the backend contract (contract/openapi.yaml): one function per
 * operationId. It owns the transport rules every caller would otherwise repeat: cookies
 * with every request, the CSRF header on every state-changing one, a time limit, retries
 * where a repeat cannot do harm, and one error type (ApiError) for every failure.
 */
import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { answerConforms, loadAnswerSchemas, type AnsweringOperation } from './conforms.js';
import { ApiError, apiErrorFromResponse, isApiError } from './errors.js';
import { isBankIdLaunchUrl, navigableUrl } from './urls.js';
import type {
  BankIdCollect,
  BankIdOrder,
  BankIdQr,
  BankIdReturnRequest,
  BankIdStartRequest,
  Challenge,
  CustomerNumberRecoveryRequest,
  CustomerNumberRegistrationRequest,
  CustomerNumberRequest,
  EmailRegistrationRequest,
  EmailRequest,
  IdentifierRequest,
  IdentityProviderRedirect,
  IdentityProviderStartRequest,
  MobileRegistrationRequest,
  PasswordSignInRequest,
  PhoneNumber,
  RedeemLinkRequest,
  Session,
  SetPasswordRequest,
  Step,
  TenantConfig,
  VerifyCodeRequest,
} from './types.js';

export const REQUEST_TIMEOUT_MS = 15_000;
/** Asked on every page load before the first screen: a slow answer must not hold it up. */
export const CURRENT_ORDER_TIMEOUT_MS = 3_000;

export interface ApiClientOptions {
  /** The API base URL, e.g. https://login.portal.example/api. */
  baseUrl: string;
  /** Sent as `?tenant=` on every call when one backend serves several portals. */
  tenant?: string;
  /** Replaces the global fetch (tests, stories, instrumentation). */
  fetch?: typeof fetch;
  /** Time limit per request attempt (default 15 s); tests shorten it. */
  timeoutMs?: number;
}

/** Per call: a signal that abandons the request (the machine aborts calls of states it left). */
export interface CallOptions {
  signal?: AbortSignal;
}

export interface ApiClient {
  getConfig(options?: CallOptions): Promise<TenantConfig>;
  getSession(options?: CallOptions): Promise<Session>;
  signOut(options?: CallOptions): Promise<void>;
  signInWithPassword(body: PasswordSignInRequest, options?: CallOptions): Promise<Step>;
  verifyCode(flowId: string, body: VerifyCodeRequest, options?: CallOptions): Promise<Step>;
  resendCode(flowId: string, options?: CallOptions): Promise<Challenge>;
  enrolPhone(flowId: string, body: PhoneNumber, options?: CallOptions): Promise<Step>;
  setPassword(flowId: string, body: SetPasswordRequest, options?: CallOptions): Promise<Step>;
  startActivation(body: EmailRequest, options?: CallOptions): Promise<Step>;
  startVerification(body: EmailRequest, options?: CallOptions): Promise<Step>;
  registerWithMobile(body: MobileRegistrationRequest, options?: CallOptions): Promise<Step>;
  registerWithCustomerNumber(body: CustomerNumberRegistrationRequest, options?: CallOptions): Promise<Step>;
  recoverCustomerNumber(body: CustomerNumberRecoveryRequest, options?: CallOptions): Promise<Step>;
  registerEmail(body: EmailRegistrationRequest, options?: CallOptions): Promise<Step>;
  requestPasswordLink(body: CustomerNumberRequest, options?: CallOptions): Promise<Step>;
  startPasswordReset(body: IdentifierRequest, options?: CallOptions): Promise<Step>;
  redeemLink(body: RedeemLinkRequest, options?: CallOptions): Promise<Step>;
  startBankIdOrder(body: BankIdStartRequest, options?: CallOptions): Promise<BankIdOrder>;
  /** The order this session has running, or null (204) when there is none. */
  getCurrentBankIdOrder(options?: CallOptions): Promise<BankIdOrder | null>;
  getBankIdQr(orderId: string, options?: CallOptions): Promise<BankIdQr>;
  collectBankIdOrder(orderId: string, options?: CallOptions): Promise<BankIdCollect>;
  cancelBankIdOrder(orderId: string, options?: CallOptions): Promise<void>;
  /** The nonce the BankID app returned with: this session's order it belongs to (400 bankid_return_invalid otherwise). */
  confirmBankIdReturn(body: BankIdReturnRequest, options?: CallOptions): Promise<BankIdOrder>;
  startIdentityProvider(providerId: string, body: IdentityProviderStartRequest, options?: CallOptions): Promise<IdentityProviderRedirect>;
}

type Method = 'get' | 'post' | 'delete';

/** Turns whatever ky or fetch threw into an ApiError. */
async function toApiError(error: unknown): Promise<ApiError> {
  if (isApiError(error)) return error;
  if (error instanceof HTTPError) return apiErrorFromResponse(error.response);
  if (error instanceof TimeoutError) return new ApiError('timeout', { cause: error });
  // fetch rejects with a TypeError when no answer came (offline, DNS, CORS, dropped
  // connection), and with an AbortError when the caller gave up.
  return new ApiError('network', { cause: error });
}

const segment = encodeURIComponent;

/** `promise`, or an ApiError('network') as soon as `signal` aborts, as an aborted fetch gives. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new ApiError('network', { cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ApiError('network', { cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const http: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    credentials: 'include',
    timeout: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
    // Only GETs are repeated: a repeated POST could send a second code or mail, or count a
    // wrong code twice. 429 and 503 are not retried: they carry Retry-After, which the user
    // sees as a countdown instead of waiting unseen inside a request.
    retry: { limit: 2, methods: ['get'], statusCodes: [408, 500, 502, 504], afterStatusCodes: [], backoffLimit: 2_000 },
    ...(options.tenant ? { searchParams: { tenant: options.tenant } } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const currentOrderTimeout = Math.min(CURRENT_ORDER_TIMEOUT_MS, options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  let csrfToken: string | undefined;
  let sessionLoad: Promise<Session> | undefined;

  /**
   * One call. An answer with a body is read only if it is what `operation` promises in
   * the contract; anything else (no JSON, a proxy's page, a field missing or of the wrong
   * kind, an unknown step) is `unexpected_response`, before anyone acts on it. The
   * schemas it is checked against load beside the request when they are not at hand; if
   * they cannot (offline), the answer is not used: a `network` error, as a lost answer.
   */
  async function request<T>(
    method: Method,
    path: string,
    body: unknown,
    call: CallOptions | undefined,
    operation?: AnsweringOperation,
    timeout?: number,
  ): Promise<T> {
    const schemas = operation
      ? loadAnswerSchemas(operation).then(
          () => undefined,
          (cause: unknown) => new ApiError('network', { cause }),
        )
      : undefined;
    const headers: Record<string, string> = {};
    if (method !== 'get' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
    let text: string;
    let status: number;
    try {
      const response = await http(path, {
        method,
        headers,
        ...(body !== undefined ? { json: body } : {}),
        ...(call?.signal ? { signal: call.signal } : {}),
        ...(timeout ? { timeout } : {}),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw await toApiError(error);
    }
    if (!operation || status === 204) return undefined as T;
    const unchecked = await schemas;
    if (unchecked) throw unchecked;
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch (cause) {
      throw new ApiError('unexpected_response', { status, cause });
    }
    if (!answerConforms(operation, answer)) throw new ApiError('unexpected_response', { status });
    return answer as T;
  }

  /**
   * One session load at a time, however many calls need the token at once. The shared
   * load is not tied to any caller's signal: a caller that gives up (a state left) stops
   * waiting for it, and the others still get their token.
   */
  function loadSession(call?: CallOptions): Promise<Session> {
    sessionLoad ??= request<Session>('get', 'session', undefined, undefined, 'getSession')
      .then((session) => {
        csrfToken = session.csrfToken;
        return session;
      })
      .finally(() => {
        sessionLoad = undefined;
      });
    return call?.signal ? untilAborted(sessionLoad, call.signal) : sessionLoad;
  }

  /** A state-changing call: needs the CSRF token; a rejected token is renewed once. */
  async function change<T>(
    method: 'post' | 'delete',
    path: string,
    body: unknown,
    call: CallOptions | undefined,
    operation?: AnsweringOperation,
  ): Promise<T> {
    if (!csrfToken) await loadSession(call);
    try {
      return await request<T>(method, path, body, call, operation);
    } catch (error) {
      // The server checks the token before doing anything, so repeating the call is safe.
      if (!isApiError(error) || error.code !== 'csrf_invalid') throw error;
      await loadSession(call);
      try {
        return await request<T>(method, path, body, call, operation);
      } catch (again) {
        // A token fresh from the session and still refused: the session cookie did not come
        // back with the call. The browser keeps it from an API on another site than the page.
        if (isApiError(again) && again.code === 'csrf_invalid') throw new ApiError('cookies_blocked', { status: again.status, cause: again });
        throw again;
      }
    }
  }

  const post = <T>(operation: AnsweringOperation, path: string, body: unknown, call?: CallOptions) =>
    change<T>('post', path, body, call, operation);

  /** Same device: the one address that opens BankID, which the element follows; nothing else may stand there. */
  const checkedOrder = (order: BankIdOrder | null): BankIdOrder | null => {
    if (order?.launchUrl !== undefined && !isBankIdLaunchUrl(order.launchUrl)) throw new ApiError('unsafe_url');
    if (order?.device === 'same' && order.launchUrl === undefined) throw new ApiError('unexpected_response');
    return order;
  };

  return {
    getConfig: (call) => request('get', 'config', undefined, call, 'getConfig'),
    getSession: (call) => loadSession(call),
    signOut: (call) => change('delete', 'session', undefined, call),
    signInWithPassword: (body, call) => post('signInWithPassword', 'auth/password', body, call),
    verifyCode: (flowId, body, call) => post('verifyCode', `flows/${segment(flowId)}/challenge/verify`, body, call),
    resendCode: (flowId, call) => post('resendCode', `flows/${segment(flowId)}/challenge/resend`, undefined, call),
    enrolPhone: (flowId, body, call) => post('enrolPhone', `flows/${segment(flowId)}/phone`, body, call),
    setPassword: (flowId, body, call) => post('setPassword', `flows/${segment(flowId)}/password`, body, call),
    startActivation: (body, call) => post('startActivation', 'activation', body, call),
    startVerification: (body, call) => post('startVerification', 'verification', body, call),
    registerWithMobile: (body, call) => post('registerWithMobile', 'registrations/mobile', body, call),
    registerWithCustomerNumber: (body, call) => post('registerWithCustomerNumber', 'registrations/customer-number', body, call),
    recoverCustomerNumber: (body, call) => post('recoverCustomerNumber', 'recovery/customer-number', body, call),
    registerEmail: (body, call) => post('registerEmail', 'registrations/email', body, call),
    requestPasswordLink: (body, call) => post('requestPasswordLink', 'password-links', body, call),
    startPasswordReset: (body, call) => post('startPasswordReset', 'password-reset', body, call),
    redeemLink: (body, call) => post('redeemLink', 'links/redeem', body, call),
    startBankIdOrder: async (body, call) => checkedOrder(await post('startBankIdOrder', 'bankid/orders', body, call)) as BankIdOrder,
    getCurrentBankIdOrder: async (call) =>
      checkedOrder(
        (await request<BankIdOrder | undefined>('get', 'bankid/orders/current', undefined, call, 'getCurrentBankIdOrder', currentOrderTimeout)) ??
          null,
      ),
    getBankIdQr: (orderId, call) => request('get', `bankid/orders/${segment(orderId)}/qr`, undefined, call, 'getBankIdQr'),
    collectBankIdOrder: (orderId, call) => post('collectBankIdOrder', `bankid/orders/${segment(orderId)}/collect`, undefined, call),
    cancelBankIdOrder: (orderId, call) => change('delete', `bankid/orders/${segment(orderId)}`, undefined, call),
    confirmBankIdReturn: async (body, call) => checkedOrder(await post('confirmBankIdReturn', 'bankid/return', body, call)) as BankIdOrder,
    startIdentityProvider: async (providerId, body, call) => {
      const answer = await post<IdentityProviderRedirect>('startIdentityProvider', `idp/${segment(providerId)}/start`, body, call);
      const redirectUrl = navigableUrl(answer.redirectUrl);
      if (!redirectUrl) throw new ApiError('unsafe_url');
      return { redirectUrl };
    },
  };
}
