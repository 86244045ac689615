// Prints the totals of every suite that wrote test-results/*.json, as CI reads them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const dir = 'test-results';
for (const file of existsSync(dir) ? readdirSync(dir) : []) {
  if (!file.endsWith('.json')) continue;
  const suite = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  for (const key of Object.keys(totals)) totals[key] += suite[key] ?? 0;
  console.log(`${file.replace(/\.json$/, '')}: ${suite.passed} passed, ${suite.failed} failed`);
}
if (totals.skipped) console.log(`${totals.skipped} skipped`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
