/**
 * nordic-login/vue: types for `<nordic-login>` in Vue templates, so vue-tsc (and Volar
 * in the editor) know its attributes, properties and events and reject a wrong one.
 * Types only: import it once where the app's types are gathered (`env.d.ts`),
 *
 * ```ts
 * import type {} from 'nordic-login/vue';
 * ```
 *
 * and, as for any custom element, tell Vue's compiler the tag is one
 * (`isCustomElement: (tag) => tag === 'nordic-login'`) and import 'nordic-login' to define it.
 */
import type { DefineComponent } from 'vue';
import type { NlErrorEvent, NlNavigateEvent, NlSignedInEvent, NlSignedOutEvent, NlStepChangeEvent } from './events.js';
import type { NordicLoginAttributes } from './host-attributes.js';

/** What a Vue template may set on `<nordic-login>`, and the handlers of its events (`@nl-signed-in` is `onNlSignedIn`). */
export interface NordicLoginVueProps extends NordicLoginAttributes {
  lang?: string;
  onNlSignedIn?: (event: NlSignedInEvent) => void;
  onNlSignedOut?: (event: NlSignedOutEvent) => void;
  onNlStepChange?: (event: NlStepChangeEvent) => void;
  onNlError?: (event: NlErrorEvent) => void;
  onNlNavigate?: (event: NlNavigateEvent) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'nordic-login': DefineComponent<NordicLoginVueProps>;
  }
}
