#!/usr/bin/env node
// npm run i18n:build: src/i18n/generated/ from the XLIFF files, with lit-localize, plus
// en.ts, the English catalogue. lit-localize makes no module for its source language,
// since its msg() falls back to the text in the code; our bundles load English like any
// other language, so the CDN bundle can leave the English out of its main file.
import { fileURLToPath } from 'node:url';

/** Writes the catalogues of `config` (lit-localize's, resolved) into `outDir`, English included. */
export async function buildCatalogues(config, outDir) {
  const { RuntimeLitLocalizer } = await import('@lit/localize-tools/lib/modes/runtime.js');
  const output = { ...config.output, outputDir: outDir, localeCodesModule: `${outDir}/locale-codes.ts` };
  // lit-localize warns of each message a language lacks: scripts/i18n-check.mjs reports
  // those for the translations, and for English every message "lacks" one by design.
  const { log, warn } = console;
  console.log = console.warn = () => {};
  try {
    await new RuntimeLitLocalizer({ ...config, output }).build();
    // English as a target language with no translations: every message is its source text.
    const english = {
      ...config,
      targetLocales: [config.sourceLocale],
      interchange: { ...config.interchange, xliffDir: `${outDir}/no-translations` },
      output: { ...output, localeCodesModule: undefined },
    };
    await new RuntimeLitLocalizer(english).build();
  } finally {
    Object.assign(console, { log, warn });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { readConfigFileAndWriteSchema } = await import('@lit/localize-tools/lib/config.js');
  const config = readConfigFileAndWriteSchema(fileURLToPath(new URL('../lit-localize.json', import.meta.url)));
  await buildCatalogues(config, config.resolve(config.output.outputDir));
}
