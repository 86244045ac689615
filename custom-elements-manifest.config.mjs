// custom-elements.json: the element's public contract (attributes, properties, events,
// slots, parts, CSS properties), read from the JSDoc on the class in src/nordic-login.ts.
// `npm run analyze` writes it to the package root, where package.json's
// `customElements` points and Storybook reads it.
const TAG = 'nordic-login';

/**
 * The element is defined through defineNordicLogin(), which the analyzer cannot follow:
 * without an `@tagname` in the JSDoc it would not know the tag. This names it, records
 * that importing the package entry defines it (and drops the `define(tagName, ...)`
 * inside defineNordicLogin, which is no definition of its own). Events are the `nl-*`
 * ones of the JSDoc: the analyzer also lists every `dispatchEvent(new X(...))` it sees,
 * without a name. Module paths become those of the published files (dist/*.js), which
 * is what editors and documentation tools open.
 */
function nordicLoginPlugin() {
  return {
    name: 'nordic-login',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.path = mod.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement && declaration.name === 'NordicLogin') {
            declaration.tagName ??= TAG;
            declaration.events = declaration.events?.filter((event) => event.name?.startsWith('nl-'));
            // The contract only: no #private or TypeScript-private member, no protected Lit lifecycle.
            declaration.members = declaration.members?.filter(
              (member) => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected',
            );
          }
        }
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name === TAG);
        for (const exp of mod.exports ?? []) {
          if (exp.declaration?.module) exp.declaration.module = exp.declaration.module.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
        }
      }
      const element = customElementsManifest.modules.find((m) => m.path === 'dist/nordic-login.js');
      const entry = customElementsManifest.modules.find((m) => m.path === 'dist/index.js');
      if (element && entry && !entry.exports?.some((e) => e.kind === 'custom-element-definition')) {
        (entry.exports ??= []).push({
          kind: 'custom-element-definition',
          name: TAG,
          declaration: { name: 'NordicLogin', module: 'dist/nordic-login.js' },
        });
      }
    },
  };
}

export default {
  globs: ['src/index.ts', 'src/element.ts', 'src/nordic-login.ts', 'src/events.ts', 'src/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [nordicLoginPlugin()],
};
