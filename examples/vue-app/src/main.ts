import { createApp } from 'vue';
// Defines <nordic-login>; lit, xstate and ky come along as dependencies Vite bundles once.
import 'nordic-login';
import App from './App.vue';

createApp(App).mount('#app');
