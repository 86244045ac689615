/**
 * nordic-login/element: the class, its events and types, without defining any tag. For
 * a page that defines the element under a name of its own:
 *
 * ```ts
 * import { defineNordicLogin } from 'nordic-login/element';
 * defineNordicLogin('acme-login');
 * ```
 *
 * or `customElements.define('acme-login', class extends NordicLogin {})`.
 */
export { NordicLogin, type ConfigOverrides, type LoginActor, type StartStep, type Theme } from './nordic-login.js';
export { defineNordicLogin } from './define.js';
export {
  NlErrorEvent,
  NlNavigateEvent,
  NlSignedInEvent,
  NlSignedOutEvent,
  NlStepChangeEvent,
  type NlErrorDetail,
  type NlNavigateDetail,
  type NlSignedInDetail,
  type NlStepChangeDetail,
  type NordicLoginEventMap,
} from './events.js';
export type { TextOverrides, Locale } from './i18n/locale-controller.js';
export type { TenantConfig, User } from './api/types.js';
export type { ErrorCode } from './api/errors.js';
