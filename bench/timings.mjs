// How fast the widget is in Chromium, against the yardstick of a plain HTML form:
//
//   first input   navigation start → the sign-in form's identifier field usable (the same
//                 test on both pages: browser.mjs usableIdentifier), checked at every DOM
//                 change and every frame. Cold loads, each in a browser context of its own,
//                 the widget page and the plain page taking turns (and turns at going first)
//                 so that both see the same machine; then again with the CPU throttled 4×
//   step latency  submit → the next step rendered and focused (the focusin the widget's own
//                 focus move causes), the mock answering at once: a password sign-in
//                 (signed-in step, its heading focused), then sign-out (the sign-in form,
//                 a field focused), over and over in one page
//   memory        the JS heap (used, after a forced garbage collection) once the form is
//                 usable and focused, and after every 10 of the same sign-in/sign-out cycles
//
// Timings are noisy on a shared machine: they are reported, never a reason to fail CI.
import { coldPage, until, usableIdentifier } from './browser.mjs';

const STEP_TIMEOUT_MS = 10_000;

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const summary = (values) => ({ runs: values.length, median: round(percentile(values, 50)), p95: round(percentile(values, 95)) });
const round = (n) => Math.round(n * 10) / 10;

/** In the page, from its first script on: when the identifier field first became usable. */
function detectFirstInput(usableSource) {
  const usable = new Function(`return (${usableSource})()`);
  let done = false;
  const observed = new WeakSet();
  const check = () => {
    if (done || !usable()) return;
    done = true;
    window.__firstInput = performance.now();
    observer.disconnect();
  };
  // The widget draws into its shadow root: observed too, once it exists.
  const observer = new MutationObserver(() => {
    const root = document.querySelector('nordic-login')?.shadowRoot;
    if (root && !observed.has(root)) {
      observed.add(root);
      observer.observe(root, { subtree: true, childList: true, attributes: true });
    }
    check();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  const frame = () => {
    check();
    if (!done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function firstInputOnce(browser, url, cpuThrottling) {
  const page = await coldPage(browser, { cpuThrottling });
  try {
    await page.evaluateOnNewDocument(detectFirstInput, usableIdentifier.toString());
    await page.goto(url);
    await until(page, () => window.__firstInput !== undefined, 'the first input', 30_000);
    // What the page fetched before it, and when: the request chain the first input waits for.
    return await page.evaluate(() => ({
      ms: window.__firstInput,
      requests: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < window.__firstInput)
        .map((entry) => ({ path: new URL(entry.name).pathname.replace(/^\/sandbox\/[^/]+/, '') + new URL(entry.name).search, start: Math.round(entry.startTime), end: Math.round(entry.responseEnd) })),
    }));
  } finally {
    await page.browserContext().close();
  }
}

/**
 * `runs` cold loads of each page per CPU throttling rate, taking turns. `preload`: a third
 * page, the widget's with <link rel="modulepreload"> for these files of dist/cdn.
 */
export async function firstInput(browser, origin, { runs = 20, rates = [1, 4], tenant = 'demo', lang = 'en', preload, log = () => {} } = {}) {
  const widgetUrl = () => `${origin}/widget.html?tenant=${tenant}&lang=${lang}&start=signIn&sandbox=first-input-${Date.now().toString(36)}`;
  const pages = {
    widget: widgetUrl,
    plain: () => `${origin}/plain.html`,
    ...(preload ? { preloaded: () => `${widgetUrl()}&preload=${preload.join(',')}` } : {}),
  };
  const names = Object.keys(pages);
  const result = {};
  for (const rate of rates) {
    const times = Object.fromEntries(names.map((name) => [name, []]));
    // One load of each before measuring: the server's and the mock's first answers are not the page's.
    for (const name of names) await firstInputOnce(browser, pages[name](), rate);
    for (let i = 0; i < runs; i++) {
      // Each page goes first in turn.
      const order = [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
      for (const name of order) times[name].push(await firstInputOnce(browser, pages[name](), rate));
    }
    const [widget, plain, preloaded] = names.map((name) => summary(times[name].map((t) => t.ms)));
    const typical = times.widget.reduce((a, b) => (Math.abs(b.ms - widget.median) < Math.abs(a.ms - widget.median) ? b : a));
    result[rate === 1 ? 'normal' : `cpu${rate}x`] = {
      cpuThrottling: rate,
      widget,
      plain,
      ratio: { median: round2(widget.median / plain.median), p95: round2(widget.p95 / plain.p95) },
      ...(preloaded ? { preloaded: { files: preload, ...preloaded, ratio: { median: round2(preloaded.median / plain.median), p95: round2(preloaded.p95 / plain.p95) } } } : {}),
      // The widget's load nearest the median: its requests before the first input, ms from navigation.
      widgetRequests: typical.requests,
    };
    log(`  CPU ${rate}×: widget median ${widget.median} ms, p95 ${widget.p95} ms; plain median ${plain.median} ms, p95 ${plain.p95} ms${preloaded ? `; with modulepreload median ${preloaded.median} ms, p95 ${preloaded.p95} ms` : ''}`);
  }
  return result;
}
const round2 = (n) => Math.round(n * 100) / 100;

/**
 * In the page: `count` sign-in/sign-out cycles, each step timed from the submit (or click)
 * to the focusin that the widget's move of focus to the next step causes, once that step
 * is shown; also to the next frame after it (the step painted), and from the mock's last
 * answer in the step to the focus (the widget's own share). All in the page, so that
 * the bench's own calls leave nothing on the heap it measures.
 */
async function timedCycles([count, firstCycle, api, identifier, password, timeout]) {
  const root = document.querySelector('nordic-login').shadowRoot;
  const step = (action, next) =>
    new Promise((resolve, reject) => {
      let t0;
      const timer = setTimeout(() => reject(new Error(`no focus on the ${next} step after ${action} (steps: ${window.__benchSteps.slice(-4).join(' → ')})`)), timeout);
      const onFocus = () => {
        if (window.__benchSteps.at(-1) !== next || !root.activeElement) return;
        const now = performance.now();
        root.removeEventListener('focusin', onFocus);
        clearTimeout(timer);
        // The mock's answers within the step: the rest is the widget's own work.
        const answered = Math.max(t0, ...performance.getEntriesByType('resource').filter((e) => e.startTime >= t0).map((e) => e.responseEnd));
        performance.clearResourceTimings();
        requestAnimationFrame(() => resolve([now - t0, performance.now() - t0, now - answered]));
      };
      root.addEventListener('focusin', onFocus);
      if (action === 'signIn') {
        const form = root.querySelector('form[name="sign-in"]');
        form.querySelector('input[name="identifier"]').value = identifier;
        form.querySelector('input[name="password"]').value = password;
        t0 = performance.now();
        form.querySelector('button[type="submit"]').click();
      } else {
        t0 = performance.now();
        root.querySelector('[part~="sign-out-button"]').click();
      }
    });
  const focused = [];
  const frame = [];
  const afterAnswer = [];
  for (let cycle = firstCycle; cycle < firstCycle + count; cycle++) {
    // The mock allows 30 sign-ins per session in 15 minutes: its clock moves on instead.
    if (cycle % 25 === 0) {
      const answer = await fetch(`${api}/__mock/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceSeconds: 16 * 60 }) });
      if (!answer.ok) throw new Error(`the mock's clock: ${answer.status}`);
    }
    for (const [action, next] of [['signIn', 'signedIn'], ['signOut', 'signIn']]) {
      const [f, p, a] = await step(action, next);
      focused.push(f);
      frame.push(p);
      afterAnswer.push(a);
    }
    window.__benchSteps.length = 0;
  }
  return { focused, frame, afterAnswer };
}

/** Used JS heap after a forced garbage collection, in bytes. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * The JS objects on the heap (a heap snapshot without compiled code and the browser's own
 * native objects), in bytes: what the page's code keeps alive, whatever the optimising
 * compiler adds to the heap as it compiles more of it. Forces a garbage collection first.
 */
async function jsObjects(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (!['code', 'native', 'synthetic'].includes(typeNames[nodes[i + type]])) bytes += nodes[i + size];
  }
  return bytes;
}

/** Sign-in/sign-out cycles in one page: step latency and heap growth. */
export async function stepsAndMemory(browser, origin, { cycles = 100, tenant = 'demo', lang = 'en', identifier = 'anna@example.com', password = 'Sommar-2026!' } = {}) {
  const sandbox = `steps-${Date.now().toString(36)}`;
  const page = await coldPage(browser);
  try {
    await page.evaluateOnNewDocument(() => {
      window.__benchSteps = [];
      document.addEventListener('nl-step-change', (event) => window.__benchSteps.push(event.step));
    });
    await page.goto(`${origin}/widget.html?tenant=${tenant}&lang=${lang}&start=signIn&sandbox=${sandbox}`);
    await until(page, usableIdentifier, 'the sign-in form');
    // A user's focus in the widget: from then on it moves focus to each new step.
    await page.evaluate(() => document.querySelector('nordic-login').shadowRoot.querySelector('input[name="identifier"]').focus());
    const cdp = await page.createCDPSession();
    const afterMount = await heapAfterGc(cdp);
    const heap = [{ cycles: 0, used: afterMount }];
    const focused = [];
    const frame = [];
    const afterAnswer = [];
    let objectsAfter10;
    for (let done = 0; done < cycles; done += 10) {
      const count = Math.min(10, cycles - done);
      const batch = await page.evaluate(timedCycles, [count, done + 1, `/sandbox/${sandbox}/api`, identifier, password, STEP_TIMEOUT_MS]);
      focused.push(...batch.focused);
      frame.push(...batch.frame);
      afterAnswer.push(...batch.afterAnswer);
      heap.push({ cycles: done + count, used: await heapAfterGc(cdp) });
      if (done + count === 10) objectsAfter10 = await jsObjects(cdp);
    }
    const objectsAfterAll = await jsObjects(cdp);
    const last = heap.at(-1).used;
    const tenth = heap.find((h) => h.cycles === 10)?.used ?? afterMount;
    return {
      steps: { ...summary(focused), toNextFrame: summary(frame), afterAnswer: summary(afterAnswer) },
      memory: {
        afterMount,
        afterCycles: last,
        cycles,
        growth: last - afterMount,
        // Once every step has been drawn once (its code compiled, its chunks loaded): what a cycle leaves behind.
        growthPerCycleAfter10: Math.round((last - tenth) / Math.max(1, cycles - 10)),
        // The same without the code compiled meanwhile: what the widget itself keeps.
        jsObjectsGrowthAfter10: objectsAfter10 === undefined ? null : objectsAfterAll - objectsAfter10,
        samples: heap,
      },
    };
  } finally {
    await page.browserContext().close();
  }
}
