// npm test: every check of the project, the independent ones side by side: three steps at a
// time keep a two-core machine busy (much of the time goes to pages waiting on the mock
// backend and on timers, not to the CPU).
//
//   node scripts/test.mjs [--jobs <n>]   (default 3; --jobs 1 runs one step after another)
//
// Each step's output is printed in one piece when it ends, then how long it took. A failed
// step does not stop the others (only the steps that need what it makes are left out); the
// run fails if any step failed or was left out. test-results/ holds this run's counts only.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const argv = process.argv.slice(2);
const jobsArg = argv.includes('--jobs') ? Number(argv[argv.indexOf('--jobs') + 1]) : 3;
const jobs = Number.isInteger(jobsArg) && jobsArg > 0 ? jobsArg : 3;

const node = (...args) => [process.execPath, args];
const npmRun = (script) => ['npm', ['run', '--silent', script]];

const wtr = [process.execPath, ['node_modules/@web/test-runner/dist/bin.js']];

/*
 * The steps, the longest first: a step starts as soon as the steps it needs have passed and
 * a slot is free; a step `alone` runs with no other beside it. `scripts/build.mjs` writes the
 * generated API modules in src/api again, so nothing that reads src/ runs beside it. The
 * browser tests have the machine to themselves: their timers are tight (a BankID QR code a
 * second, the fault matrix's 36 widgets against a 1.5 s request limit) and a CPU shared with
 * a Storybook build makes them fail for no fault of the widget's. Three pages at a time
 * (web-test-runner.config.mjs) but the fault matrix, which gets the browser alone as well.
 */
const steps = [
  { name: 'setup', run: node('scripts/setup.mjs', '--browser') },
  { name: 'lint:contract', run: npmRun('lint:contract'), needs: ['setup'] },
  { name: 'build', run: npmRun('build'), needs: ['setup'] },
  { name: 'browser: faults', run: wtr, env: { TEST_GROUP: 'faults', TEST_RESULTS_PART: 'faults' }, needs: ['build'], alone: true },
  { name: 'browser: the rest', run: wtr, env: { TEST_EXCLUDE_GROUP: 'faults', TEST_RESULTS_PART: 'rest' }, needs: ['build'], alone: true },
  { name: 'storybook', run: node('scripts/storybook-smoke.mjs', '--build'), needs: ['build'] },
  { name: 'examples', run: node('scripts/examples-test.mjs', '--no-build'), needs: ['build'] },
  { name: 'typecheck', run: npmRun('typecheck'), needs: ['build'] },
  { name: 'conformance', run: node('test/conformance/kit.mjs'), needs: ['build'] },
  { name: 'i18n-check', run: node('scripts/i18n-check.mjs'), needs: ['build'] },
  { name: 'check-package', run: node('scripts/check-package.mjs'), needs: ['build'] },
  { name: 'bench', run: node('scripts/bench.mjs', '--no-build', '--ceiling'), needs: ['build'] },
];

const state = new Map(steps.map((step) => [step.name, 'waiting']));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const startedAt = Date.now();
const timings = [];

function runStep(step) {
  state.set(step.name, 'running');
  const started = Date.now();
  const [command, args] = step.run;
  // No colour codes in a log another step's output may follow; FORCE_COLOR=0 asks politely.
  const env = { ...process.env, FORCE_COLOR: '0', ...step.env };
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  return new Promise((done) => {
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      const ok = code === 0;
      const took = Date.now() - started;
      state.set(step.name, ok ? 'passed' : 'failed');
      timings.push({ name: step.name, took, ok });
      process.stdout.write(`\n── ${step.name} ${'─'.repeat(Math.max(0, 60 - step.name.length))}\n`);
      process.stdout.write(Buffer.concat(output));
      process.stdout.write(`── ${step.name}: ${ok ? 'ok' : `FAILED (${signal ?? `exit code ${code}`})`} in ${seconds(took)}\n`);
      done();
    });
  });
}

const ready = (step) => state.get(step.name) === 'waiting' && (step.needs ?? []).every((n) => state.get(n) === 'passed');
const blocked = (step) => (step.needs ?? []).some((n) => ['failed', 'left out'].includes(state.get(n)));

rmSync('test-results', { recursive: true, force: true });

await new Promise((finished) => {
  let running = 0;
  let aloneRunning = false;
  const schedule = () => {
    for (const step of steps) if (state.get(step.name) === 'waiting' && blocked(step)) state.set(step.name, 'left out');
    for (const step of steps) {
      if (running >= jobs || aloneRunning) break;
      if (!ready(step)) continue;
      if (step.alone) {
        // Its turn comes before the steps after it: they wait until it has run.
        if (running > 0) break;
        aloneRunning = true;
      }
      running += 1;
      runStep(step).then(() => {
        running -= 1;
        if (step.alone) aloneRunning = false;
        schedule();
      });
    }
    if (running === 0) finished();
  };
  schedule();
});

const failed = steps.filter((s) => state.get(s.name) === 'failed').map((s) => s.name);
const leftOut = steps.filter((s) => state.get(s.name) !== 'passed' && state.get(s.name) !== 'failed').map((s) => s.name);
console.log(`\nSteps (${jobs} at a time), ${seconds(Date.now() - startedAt)} in all:`);
for (const { name, took, ok } of timings) console.log(`  ${ok ? 'ok    ' : 'FAILED'} ${name.padEnd(16)} ${seconds(took).padStart(8)}`);
for (const name of leftOut) console.log(`  left out ${name} (a step it needs did not pass)`);
process.exit(failed.length || leftOut.length ? 1 : 0);
