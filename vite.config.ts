import { defineConfig } from 'vite';
import { mockBackend } from './mock-server/vite-plugin';

// `npm start`: the demo page and the mock backend at one origin (/api).
export default defineConfig({
  plugins: [mockBackend()],
  server: { host: 'localhost', port: 5173, strictPort: true },
  preview: { host: 'localhost', port: 4173, strictPort: true },
});
