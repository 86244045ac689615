import { NordicLogin } from './nordic-login.js';

/**
 * Defines <nordic-login> unless it already is. A page that loads the widget twice (two
 * script tags, or two bundles that each include it) keeps the first definition; when the
 * two are different versions it says so, because only the first one runs. Touches
 * nothing when there is no custom-element registry (server-side rendering).
 */
export function defineNordicLogin(tagName = 'nordic-login'): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName);
  if (!existing) {
    // A constructor can be registered once: another tag name gets a subclass of its own.
    const constructor = tagName === 'nordic-login' || !isDefined(NordicLogin) ? NordicLogin : class extends NordicLogin {};
    customElements.define(tagName, constructor);
    return;
  }
  if (existing === NordicLogin) return;
  const version = (existing as { version?: unknown }).version;
  if (version !== NordicLogin.version) {
    console.warn(
      `<${tagName}> is already defined (nordic-login ${typeof version === 'string' ? version : 'of an unknown version'}); ` +
        `this copy (${NordicLogin.version}) is not used. Load the widget once per page.`,
    );
  }
}

const isDefined = (constructor: CustomElementConstructor): boolean => customElements.getName?.(constructor) != null;
