/**
 * nordic-login: the <nordic-login> element, its events and types. Importing this module
 * defines the tag (once per page); import './nordic-login.js' for the class alone.
 */
import { defineNordicLogin } from './define.js';

export { NordicLogin, type LoginActor, type Theme } from './nordic-login.js';
export { defineNordicLogin } from './define.js';
export { NlErrorEvent, NlNavigateEvent, NlSignedInEvent, NlSignedOutEvent, NlStepChangeEvent } from './events.js';
export type { TextOverrides, Locale } from './i18n/locale-controller.js';
export type { TenantConfig, User } from './api/types.js';
export type { ErrorCode } from './api/errors.js';

defineNordicLogin();
