import { defineConfig } from 'vite';

/*
 * The npm build, for bundlers: one ES module per source file (dist/*.js mirrors src/),
 * dependencies left as imports so an application shares one lit, xstate and ky with
 * everything else on its page, and its bundler picks development or production builds.
 * Not minified: the application's bundler minifies. Module by module, so `sideEffects`
 * can name the one file that defines the element and everything else tree-shakes.
 */
const dependencies = /^(?:lit|lit-html|lit-element|@lit\/[^/]+|xstate|ky|lean-qr|react|react-dom|vue)(?:\/|$)/;

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    lib: {
      entry: { index: 'src/index.ts', element: 'src/element.ts', react: 'src/react.ts', vue: 'src/vue.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => dependencies.test(id),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
