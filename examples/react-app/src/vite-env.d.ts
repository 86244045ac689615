/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The API the widget talks to (see .env). */
  readonly VITE_API_BASE: string;
}
