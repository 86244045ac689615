import { defineConfig } from 'vite';

// Storybook's Vite config: no plugins of the demo (the mock answers through msw's worker).
export default defineConfig({ build: { chunkSizeWarningLimit: 2000 } });
