import { defineConfig, type Plugin } from 'vite';

/*
 * The CDN bundle: everything in one ES module, dist/cdn/nordic-login.js, for a page that
 * includes the widget with one <script type="module"> tag. The three language
 * catalogues stay separate chunks beside it (dist/cdn/da-<hash>.js, ...): the widget
 * imports one relative to its own URL when it needs it, so a page downloads the main
 * file (English inside) plus at most the one language it shows. Minified, whitespace
 * included (Vite leaves the whitespace of ES library builds to the application's
 * bundler; this file goes straight to browsers).
 */
const catalogue = /[\\/]i18n[\\/]generated[\\/](?:da|nb|sv)\.ts$/;

/**
 * A catalogue chunk imports nothing. Its one import, @lit/localize's `str` tag, would
 * otherwise make it import the main file back by its own name: a page that loaded the
 * main file under another URL (a query string, a CDN alias) would then download and run
 * a second copy of the widget. `str` is three lines, copied into each catalogue.
 */
function selfContainedCatalogues(): Plugin {
  return {
    name: 'nordic-login:self-contained-catalogues',
    transform(code, id) {
      if (!catalogue.test(id)) return null;
      const replaced = code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        'const str = (strings, ...values) => ({ strTag: true, strings, values });',
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.isEntry) continue;
        if (chunk.imports.length > 0) {
          this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')}: a language chunk must stand alone`);
        }
      }
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [selfContainedCatalogues()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: { 'nordic-login': 'src/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        minify: { compress: true, mangle: true, codegen: true },
        comments: { legal: false, annotation: false, jsdoc: false },
      },
    },
  },
});
