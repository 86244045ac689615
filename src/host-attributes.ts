/*
 * What a framework's template may set on <nordic-login>: each attribute by its name and
 * each property by its own. The React and Vue typings add their event handlers to it.
 */
import type { ConfigOverrides, StartStep, Theme } from './nordic-login.js';
import type { TextOverrides } from './i18n/locale-controller.js';

export interface NordicLoginAttributes {
  'api-base'?: string;
  apiBase?: string;
  tenant?: string;
  theme?: Theme;
  'request-timeout'?: number | string;
  requestTimeout?: number;
  start?: StartStep;
  identifier?: string;
  'return-url'?: string;
  returnUrl?: string;
  /** JSON, as an attribute; `configOverrides` takes the object. */
  'config-overrides'?: string;
  configOverrides?: ConfigOverrides;
  texts?: TextOverrides;
}
