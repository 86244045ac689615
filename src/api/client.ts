/*
 * The typed client of the backend contract (contract/openapi.yaml): one function per
 * operationId. It owns the transport rules every caller would otherwise repeat: cookies
 * with every request, the CSRF header on every state-changing one, a time limit, retries
 * where a repeat cannot do harm, and one error type (ApiError) for every failure.
 */
import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { ApiError, apiErrorFromResponse, isApiError } from './errors.js';
import type {
  BankIdCollect,
  BankIdOrder,
  BankIdQr,
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

  let csrfToken: string | undefined;
  let sessionLoad: Promise<Session> | undefined;

  async function request<T>(method: Method, path: string, body: unknown, call: CallOptions | undefined): Promise<T> {
    const headers: Record<string, string> = {};
    if (method !== 'get' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
    try {
      const response = await http(path, {
        method,
        headers,
        ...(body !== undefined ? { json: body } : {}),
        ...(call?.signal ? { signal: call.signal } : {}),
      });
      if (response.status === 204) return undefined as T;
      return (await response.json()) as T;
    } catch (error) {
      throw await toApiError(error);
    }
  }

  /** One session load at a time, however many calls need the token at once. */
  function loadSession(call?: CallOptions): Promise<Session> {
    sessionLoad ??= request<Session>('get', 'session', undefined, call)
      .then((session) => {
        csrfToken = session.csrfToken;
        return session;
      })
      .finally(() => {
        sessionLoad = undefined;
      });
    return sessionLoad;
  }

  /** A state-changing call: needs the CSRF token; a rejected token is renewed once. */
  async function change<T>(method: 'post' | 'delete', path: string, body: unknown, call: CallOptions | undefined): Promise<T> {
    if (!csrfToken) await loadSession(call);
    try {
      return await request<T>(method, path, body, call);
    } catch (error) {
      // The server checks the token before doing anything, so repeating the call is safe.
      if (!isApiError(error) || error.code !== 'csrf_invalid') throw error;
      await loadSession(call);
      return request<T>(method, path, body, call);
    }
  }

  const post = <T>(path: string, body: unknown, call?: CallOptions) => change<T>('post', path, body, call);

  return {
    getConfig: (call) => request('get', 'config', undefined, call),
    getSession: (call) => loadSession(call),
    signOut: (call) => change('delete', 'session', undefined, call),
    signInWithPassword: (body, call) => post('auth/password', body, call),
    verifyCode: (flowId, body, call) => post(`flows/${segment(flowId)}/challenge/verify`, body, call),
    resendCode: (flowId, call) => post(`flows/${segment(flowId)}/challenge/resend`, undefined, call),
    enrolPhone: (flowId, body, call) => post(`flows/${segment(flowId)}/phone`, body, call),
    setPassword: (flowId, body, call) => post(`flows/${segment(flowId)}/password`, body, call),
    startActivation: (body, call) => post('activation', body, call),
    startVerification: (body, call) => post('verification', body, call),
    registerWithMobile: (body, call) => post('registrations/mobile', body, call),
    registerWithCustomerNumber: (body, call) => post('registrations/customer-number', body, call),
    recoverCustomerNumber: (body, call) => post('recovery/customer-number', body, call),
    registerEmail: (body, call) => post('registrations/email', body, call),
    requestPasswordLink: (body, call) => post('password-links', body, call),
    startPasswordReset: (body, call) => post('password-reset', body, call),
    redeemLink: (body, call) => post('links/redeem', body, call),
    startBankIdOrder: (body, call) => post('bankid/orders', body, call),
    getCurrentBankIdOrder: async (call) => (await request<BankIdOrder | undefined>('get', 'bankid/orders/current', undefined, call)) ?? null,
    getBankIdQr: (orderId, call) => request('get', `bankid/orders/${segment(orderId)}/qr`, undefined, call),
    collectBankIdOrder: (orderId, call) => post(`bankid/orders/${segment(orderId)}/collect`, undefined, call),
    cancelBankIdOrder: (orderId, call) => change('delete', `bankid/orders/${segment(orderId)}`, undefined, call),
    startIdentityProvider: (providerId, body, call) => post(`idp/${segment(providerId)}/start`, body, call),
  };
}
