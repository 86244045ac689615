import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // <nordic-login> is a custom element, not a Vue component: Vue leaves it to the browser.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'nordic-login' } } })],
});
