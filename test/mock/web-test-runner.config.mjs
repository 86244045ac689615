// The project's test-runner set-up plus the ajv plugin, for running only the mock's tests:
//   npx web-test-runner --config test/mock/web-test-runner.config.mjs
import base from '../../web-test-runner.config.mjs';
import { ajvPlugin } from './wtr-plugin.mjs';

const registered = base.plugins.some((plugin) => plugin.name === 'nordic-login-ajv-esm');

export default {
  ...base,
  rootDir: new URL('../..', import.meta.url).pathname,
  files: 'test/mock/**/*.test.ts',
  plugins: registered ? base.plugins : [...base.plugins, ajvPlugin()],
};
