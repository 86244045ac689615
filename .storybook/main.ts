import { defineMain } from '@storybook/web-components-vite/node';

// Storybook for designers: every step of every flow, in every language, against the
// same msw handlers as the mock backend (see preview.ts).
export default defineMain({
  framework: {
    name: '@storybook/web-components-vite',
    // A Vite config of Storybook's own: the project's vite.config.ts serves the demo page
    // and the mock backend over HTTP, which Storybook does not want (msw answers here).
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  // public/mockServiceWorker.js (written by scripts/setup.mjs) must be served at the root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
});
