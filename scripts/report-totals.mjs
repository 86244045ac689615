// Prints the totals of every suite that wrote test-results/*.json, as CI reads them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';

// A suite run in parts writes one file per part (browser.faults.json, browser.rest.json):
// they add up to one line for the suite.
const totals = { passed: 0, failed: 0, skipped: 0 };
const suites = new Map();
const dir = 'test-results';
for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) {
  if (!file.endsWith('.json')) continue;
  const counts = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  const name = file.replace(/\.json$/, '').split('.')[0];
  const suite = suites.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
  for (const key of Object.keys(totals)) {
    suite[key] += counts[key] ?? 0;
    totals[key] += counts[key] ?? 0;
  }
  suites.set(name, suite);
}
for (const [name, suite] of suites) console.log(`${name}: ${suite.passed} passed, ${suite.failed} failed`);
if (totals.skipped) console.log(`${totals.skipped} skipped`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
