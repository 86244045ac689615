/// <reference types="vite/client" />
// Types <nordic-login> in this app's templates: vue-tsc checks its attributes, properties and events.
import type {} from 'nordic-login/vue';

declare global {
  interface ImportMetaEnv {
    /** The API the widget talks to (see .env). */
    readonly VITE_API_BASE: string;
  }
}
