// A @web/test-runner plugin that serves ajv (CommonJS only) as one ES module, bundled by
// esbuild on first request, so the contract tests can validate responses in the browser:
//   const { Ajv2020, addFormats } = await import('/__vendor/ajv2020.js');
// Register it in web-test-runner.config.mjs: plugins: [..., ajvPlugin()].
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const AJV_MODULE_PATH = '/__vendor/ajv2020.js';

export function ajvPlugin() {
  let bundle;
  return {
    name: 'nordic-login-ajv-esm',
    async serve(context) {
      if (context.path !== AJV_MODULE_PATH) return undefined;
      bundle ??= build({
        stdin: {
          contents: "export { default as Ajv2020 } from 'ajv/dist/2020.js';\nexport { default as addFormats } from 'ajv-formats';\n",
          resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
          loader: 'js',
        },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
