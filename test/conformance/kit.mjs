// The conformance kit, tested both ways (`npm test` runs it; about 30 s):
//   - against the mock backend: every rule passes, on every tenant, with and without fixtures;
//   - against the mock with one contract defect switched on (MOCK_DEFECTS): the kit fails the
//     rule that defect breaks, and the command exits 1.
// Each mock runs on a free port of its own (PORT=0), so parallel runs never collide.
// Writes its counts to test-results/conformance.json for the closing line of `npm test`.
import { spawn, execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runConformance } from '../../conformance/kit.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../conformance/cli.mjs', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const run = promisify(execFile);

const FIXTURES = {
  origin: 'http://localhost:5173',
  returnUrl: 'http://localhost:5173/login',
  account: { identifier: 'anna@example.com', password: 'Sommar-2026!', email: 'anna@example.com' },
  secondFactorAccount: { identifier: 'nils@example.com', password: 'Sommar-2026!', phone: '+4791234567', email: 'nils@example.com' },
  passwordLinkAccount: { customerNumber: '445566', email: 'eva@example.se' },
  messages: { outboxUrl: '{base}/__mock/outbox' },
  clockUrl: '{base}/__mock/clock',
};

/** Each defect and the rules that must catch it. */
const DEFECTS = {
  'csrf-not-enforced': ['csrf.missing-header', 'csrf.wrong-token', 'csrf.other-session', 'csrf.every-state-changing-operation'],
  'unknown-address-differs': ['unknown.activation', 'unknown.verification'],
  'qr-static': ['bankid.qr'],
  'cookie-not-httponly': ['cookie.httponly'],
  'problem-without-code': ['problem.document', 'csrf.missing-header', 'codes.attempts'],
};

// However this script ends (a crash, a closed pipe), the mocks it started end with it.
const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill();
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(1);
});

function startMock(defects = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, 'mock-server/node.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: 'localhost', MOCK_QUIET: '1', MOCK_DEFECTS: defects.join(',') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the mock (${defects.join(',') || 'as it is'}) did not start`)), 60_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const port = /http:\/\/localhost:(\d+)\/api/.exec(out)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ origin: `http://localhost:${port}`, stop: () => child.kill() });
      }
    });
    child.once('exit', (code) => reject(new Error(`the mock exited with ${code}`)));
  });
}

const results = { passed: 0, failed: 0, skipped: 0 };
function record(name, ok, detail = '') {
  results[ok ? 'passed' : 'failed'] += 1;
  console.log(`  ${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `\n      ${detail.replace(/\n/g, '\n      ')}`}`);
}
const sandbox = (origin) => `${origin}/sandbox/conformance-${Math.random().toString(36).slice(2)}/api`;
const failures = (report) => report.results.filter((r) => r.status === 'fail');
const describe = (list) => list.map((r) => `${r.id}: ${r.message}`).join('\n');

const started = Date.now();
const mocks = {};
try {
  // The sound mock and one mock per defect, started side by side.
  const names = ['sound', ...Object.keys(DEFECTS)];
  const servers = await Promise.all(names.map((name) => startMock(name === 'sound' ? [] : [name])));
  names.forEach((name, i) => (mocks[name] = servers[i]));
  const sound = mocks.sound.origin;

  console.log('against the mock backend:');
  const full = await runConformance({ base: sandbox(sound), tenant: 'demo', fixtures: FIXTURES });
  record(`demo with fixtures: ${full.summary.pass} rules pass, none fails`, failures(full).length === 0, describe(failures(full)));
  const skipped = full.results.filter((r) => r.status === 'skip').map((r) => r.id);
  record('demo with fixtures skips only cookie.secure (http://localhost)', skipped.join() === 'cookie.secure', `skipped: ${skipped.join(', ')}`);
  for (const tenant of ['nokas', 'hk', 'polarkraft', 'minasidor', 'demo']) {
    const report = await runConformance({ base: sandbox(sound), tenant });
    record(`${tenant} without fixtures: ${report.summary.pass} pass, ${report.summary.skip} skipped, none fails`, failures(report).length === 0, describe(failures(report)));
  }
  const hk = await runConformance({ base: sandbox(sound), tenant: 'hk', fixtures: { ...FIXTURES, knownEmail: 'kari@hk.example' } });
  const status = (id) => hk.results.find((r) => r.id === id)?.status;
  record(
    'hk: the Swedish BankID rules are skipped (it offers only Norwegian BankID, through its identity-provider rules)',
    status('bankid.qr') === 'skip' && status('idp.start') === 'pass',
  );
  record('hk with fixtures: none fails', failures(hk).length === 0, describe(failures(hk)));
  // Demo's fixtures on tenants they do not fit (Anna has no phone where Nokas requires one,
  // Mina sidor signs in by customer number): the kit skips or adapts, it does not blame the backend.
  for (const tenant of ['nokas', 'polarkraft', 'minasidor']) {
    const report = await runConformance({ base: sandbox(sound), tenant, fixtures: FIXTURES });
    record(`${tenant} with demo's fixtures: none fails`, failures(report).length === 0, describe(failures(report)));
  }

  const ok = await run(process.execPath, [cli, sandbox(sound), '--only', 'csrf,cookie', '--json']).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e) => ({ code: e.code, out: e.stdout }),
  );
  const json = JSON.parse(ok.out);
  record('the command exits 0 and --only/--json select and report the csrf and cookie rules', ok.code === 0 && json.results.every((r) => /^(csrf|cookie)\./.test(r.id)) && json.results.length >= 8, ok.out.slice(0, 500));

  console.log('against the mock with one defect each:');
  for (const [defect, rules] of Object.entries(DEFECTS)) {
    const report = await runConformance({ base: sandbox(mocks[defect].origin), tenant: 'demo', fixtures: FIXTURES });
    // A rule that crashed did not catch anything: only a failed check counts.
    const failed = new Set(failures(report).filter((r) => !r.message.startsWith('the rule crashed')).map((r) => r.id));
    const missed = rules.filter((id) => !failed.has(id));
    record(`${defect}: caught by ${rules.join(', ')}`, missed.length === 0, `not caught by ${missed.join(', ')}; the failures were: ${[...failed].join(', ') || 'none'}`);
  }
  const broken = await run(process.execPath, [cli, sandbox(mocks['qr-static'].origin), '--only', 'bankid']).then(
    () => ({ code: 0, out: '' }),
    (e) => ({ code: e.code, out: e.stdout }),
  );
  record('the command exits 1 and names the failing rule and its section', broken.code === 1 && /✗ bankid\.qr/.test(broken.out) && /§ Swedish BankID \(F8\)/.test(broken.out), broken.out.slice(0, 800));
} catch (error) {
  record('the kit test ran to its end', false, String(error.stack ?? error));
} finally {
  for (const mock of Object.values(mocks)) mock.stop();
}

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/conformance.json', JSON.stringify(results));
console.log(`conformance kit: ${results.passed} passed, ${results.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(results.failed ? 1 : 0);
