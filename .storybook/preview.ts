/// <reference types="vite/client" />
import addonA11y from '@storybook/addon-a11y';
import addonDocs from '@storybook/addon-docs';
import { definePreview, setCustomElementsManifest } from '@storybook/web-components-vite';
import addonMsw from 'msw-storybook-addon';
import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';
import { defineNordicLogin } from '../src/index';

/*
 * The element itself, defined by an explicit call: a bare `import '../src/index'` is
 * dropped from the built preview, because package.json's `sideEffects` names only the
 * dist/ files, so the bundler treats every src/ module as free of side effects.
 */
defineNordicLogin();

/*
 * The API answers through msw's service worker with the very handlers the mock backend
 * serves over HTTP (mock-server/handlers.ts), so a story shows what the demo shows.
 * Every story gets a sandbox of its own (see stories/support.ts): a freshly seeded store.
 */
const mocks = import.meta.glob<{ createHandlers: () => RequestHandler[] }>('../mock-server/handlers.ts', {
  eager: true,
});
const createHandlers = Object.values(mocks)[0]?.createHandlers ?? (() => []);

/*
 * Attributes, properties, events, CSS parts and custom properties for the autodocs page,
 * read from the custom-elements manifest (`npm run storybook` generates it first).
 */
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

/** Requests the widget makes to the API; anything else (Vite modules, assets) is Storybook's own. */
const isApiRequest = (url: string) => /\/(sandbox\/[^/]+\/)?api\//.test(new URL(url).pathname);

export type Locale = 'da' | 'fi' | 'nb' | 'sv' | 'en';
export type Theme = 'light' | 'dark';

export default definePreview({
  addons: [
    addonDocs(),
    addonA11y(),
    addonMsw(async () => {
      const worker = setupWorker(...createHandlers());
      await worker.start({
        quiet: true,
        // Relative, so a Storybook published under a sub-path still finds its worker.
        serviceWorker: { url: './mockServiceWorker.js' },
        // An API call no handler answers is a bug in a story or the mock: say so loudly.
        onUnhandledRequest(request, print) {
          if (isApiRequest(request.url)) print.error();
        },
      });
      return worker;
    }),
  ],
  globalTypes: {
    locale: {
      description: 'Language of the widget (its lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'da', right: 'da', title: 'Dansk' },
          { value: 'fi', right: 'fi', title: 'Suomi' },
          { value: 'nb', right: 'nb', title: 'Norsk bokmål' },
          { value: 'sv', right: 'sv', title: 'Svenska' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, { globals }) => {
      // The page around the widget follows the theme too, as a portal in dark mode would.
      const dark = (globals['theme'] as Theme | undefined) === 'dark';
      document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
      document.body.style.background = dark ? '#14171a' : '#f4f6f8';
      return story();
    },
  ],
  parameters: {
    layout: 'padded',
    // Accessibility violations fail the story (the a11y panel shows them; CI fails on them).
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Widget',
          'Theming',
          'Flows',
          [
            'F1 Password sign-in',
            'F2 Activation',
            'F3 Verify and create user',
            'F4 Mobile registration',
            'F5 Customer number registration',
            'F6 Forgot customer number',
            'F7a E-mail registration',
            'F7b Password link',
            'F8 BankID',
            'F9 Identity provider',
            'F10 Session',
            'F11 Existing or new customer',
            'F12 Forgot password',
          ],
          'Errors',
        ],
      },
    },
  },
  tags: [],
});
