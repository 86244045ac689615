#!/usr/bin/env node
// nordic-login-conformance: checks a live backend against the nordic-login contract.
//   nordic-login-conformance <api-base> [--tenant <id>] [--fixtures <file.json>] [--only <rules>] [--json]
// Exit 0 when no rule fails, 1 when one does, 2 when it cannot run.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RULES, runConformance } from './kit.mjs';

const USAGE = `Usage: nordic-login-conformance <api-base> [options]

Checks a backend against the nordic-login HTTP contract, rule by rule.

  <api-base>            the API base URL the element is given (api-base), e.g. https://login.portal.example/api
  --tenant <id>         the tenant (?tenant=) to check, when one backend serves several
  --fixtures <file>     a JSON file with test accounts and a way to read codes and links;
                        without it only the rules that need no account run
  --only <rules>        comma-separated rule ids or prefixes (csrf, bankid.qr, ...)
  --json                print the results as JSON
  --list                list the rules and exit
  --help                this text

Exit status: 0 nothing failed, 1 a rule failed, 2 the command could not run.`;

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      fixtures: { type: 'string' },
      only: { type: 'string' },
      json: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.list) {
  for (const rule of RULES) console.log(`${rule.id.padEnd(38)} ${rule.title}  [${rule.section}]`);
  process.exit(0);
}
const [base] = positionals;
if (!base || positionals.length > 1 || !/^https?:\/\//.test(base)) {
  console.error(`${base ? `Not an http(s) URL: ${base}\n\n` : ''}${USAGE}`);
  process.exit(2);
}
let fixtures;
if (values.fixtures) {
  try {
    fixtures = JSON.parse(readFileSync(values.fixtures, 'utf8'));
  } catch (error) {
    console.error(`Cannot read the fixtures ${values.fixtures}: ${error.message}`);
    process.exit(2);
  }
}
const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
if (only?.length && !RULES.some((r) => only.some((sel) => r.id === sel || r.id.startsWith(`${sel.replace(/\.$/, '')}.`)))) {
  console.error(`--only ${values.only} selects no rule (see --list)`);
  process.exit(2);
}

const mark = { pass: '✓', fail: '✗', skip: '-' };
if (!values.json) console.log(`nordic-login conformance: ${base}${values.tenant ? ` (tenant ${values.tenant})` : ''}${fixtures ? '' : ' — no fixtures: the rules that need an account are skipped'}\n`);
const report = await runConformance({
  base,
  tenant: values.tenant,
  fixtures,
  only,
  onResult: values.json
    ? undefined
    : (r) => {
        console.log(`${mark[r.status]} ${r.id}  ${r.title}\n    § ${r.section}${r.message ? `\n    ${r.status === 'pass' ? 'note' : r.status === 'skip' ? 'skipped' : 'FAIL'}: ${r.message.replace(/\n/g, '\n    ')}` : ''}`);
      },
});
if (values.json) console.log(JSON.stringify(report, null, 2));
else console.log(`\n${report.summary.pass} passed, ${report.summary.fail} failed, ${report.summary.skip} skipped (contract ${report.contractVersion})`);
process.exit(report.summary.fail > 0 ? 1 : 0);
