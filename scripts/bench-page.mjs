#!/usr/bin/env node
// `npm run bench:page`: how fast RoleLens shows its answers in Chromium with the built extension.
//
// A generated demo-board page of CARDS cards (Workday address, served by context.route) is loaded
// in BROWSERS fresh browsers (new profile, service worker just started): each browser's first load
// is a cold sample, its next WARM loads are warm samples. Printed per load and as medians:
//   - time from DOMContentLoaded to the last badge (a MutationObserver installed before the page);
//   - main-thread time spent in the content script (a V8 CPU profile: samples whose stack holds a
//     frame from the extension, natives called from it included), and the whole main-thread task
//     time compared with the same page in Chromium without the extension;
//   - the popup, opened for the badged tab: navigation start to first contentful paint, and to the
//     answer shown (its own performance mark);
//   - the content script's size on disk, raw and gzip.
// Each figure is printed beside the same page loaded in Chromium without the extension, in the
// same run, as a ratio: a busy machine slows both, so the ratio stays a fair figure where the
// milliseconds do not. The yardsticks: the bare page's main-thread task time (for the time to the
// last badge and the content script's time) and its first contentful paint (for the popup's).
// Targets (idle machine): cold ≤ 200 ms and warm ≤ 100 ms to the last of 100 badges, content
// script ≤ 30 ms main thread per 100 cards, popup first paint ≤ 80 ms. Figures only; nothing
// asserted (speed lives here, not in the tests).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_LIST_URL, manyPostings } from '../demo/board.mjs';
import { measureStress, observeStress, printStress, stressPages } from './bench-page-stress.mjs';

function fail(message) {
  console.error(`bench:page: ${message}`);
  process.exit(1);
}

// Imported here rather than at the top so a missing install says so instead of a module trace.
const { CHROMIUM, buildChromeExtension, launchDemoBrowser, repoRoot, tabIdOf } = await import('../demo/browser.mjs').catch(
  (error) => fail(`cannot load Playwright (${error instanceof Error ? error.message : error}). Run \`npm install\` first.`),
);

const CARDS = Number(process.env.CARDS ?? 100);
const BROWSERS = Number(process.env.BROWSERS ?? 5);
const WARM = Number(process.env.WARM ?? 4);
const POPUP_OPENS = Number(process.env.POPUP_OPENS ?? 7);
/** The whole run's ceiling: a browser that never answers ends the bench with a message, not a hang. */
const DEADLINE_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 6 * 60_000);
const BADGE_WAIT_MS = 15_000;
const list = manyPostings(CARDS);

const TARGET = { coldToLastBadge: 200, warmToLastBadge: 100, scriptMs: 30, popupPaint: 80 };

/** Chromium and a build must be there before anything starts; say plainly what is missing. */
function prepare() {
  if (!existsSync(CHROMIUM)) {
    fail(`Chromium not found at ${CHROMIUM}. Install it (apt-get install -y chromium) or set ROLELENS_CHROMIUM to its path.`);
  }
  // BENCH_EXTENSION_DIR: measure another build as it is (e.g. to compare two commits).
  const given = process.env.BENCH_EXTENSION_DIR;
  const built = given ? path.resolve(given) : path.join(repoRoot, '.output', 'chrome-mv3');
  if (given || process.env.ROLELENS_SKIP_BUILD === '1') {
    if (!existsSync(path.join(built, 'manifest.json'))) {
      fail(`there is no build at ${built}. Run \`npm run build\` first${given ? '' : ', or unset ROLELENS_SKIP_BUILD'}.`);
    }
    return built;
  }
  console.log('Building the Chrome extension (wxt build)…');
  try {
    return buildChromeExtension();
  } catch (error) {
    fail(`the build failed, so there is nothing to measure.\n${error instanceof Error ? error.message : error}`);
  }
  return built;
}

// Runs in the page before its own scripts; badge insertions by the content script (isolated
// world) are DOM mutations the main world sees.
const observeBadges = () => {
  const state = { dcl: -1, firstBadge: -1, lastBadge: -1, count: 0 };
  Object.defineProperty(window, '__rolelensBench', { value: state });
  document.addEventListener('DOMContentLoaded', () => { state.dcl = performance.now(); }, { once: true });
  new MutationObserver(() => {
    const count = document.getElementsByTagName('rolelens-badge').length;
    if (count > state.count) {
      const now = performance.now();
      if (state.firstBadge < 0) state.firstBadge = now;
      state.lastBadge = now;
      state.count = count;
    }
  }).observe(document, { childList: true, subtree: true });
};

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const verdict = (x, target) => (Number.isFinite(x) ? (x <= target ? 'meets' : 'MISSES') : '');

/** Milliseconds of profile samples whose stack contains a frame from `urlPrefix`. */
function profileTimeIn(profile, urlPrefix) {
  const parent = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inExtension = new Map();
  const isExt = (id) => {
    if (inExtension.has(id)) return inExtension.get(id);
    const node = byId.get(id);
    const own = Boolean(node?.callFrame.url?.startsWith(urlPrefix));
    const result = own || (parent.has(id) ? isExt(parent.get(id)) : false);
    inExtension.set(id, result);
    return result;
  };
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (isExt(id)) micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000;
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** One page load; returns the timings (complete: false where the badges never all came). */
async function measureLoad(context, extensionId) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // Profiled with and without the extension alike, so the task times compare.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const before = await metrics(cdp);
  await page.goto(DEMO_LIST_URL);
  let complete = true;
  if (extensionId) {
    complete = await page
      .waitForFunction((n) => window.__rolelensBench?.count >= n, CARDS, { timeout: BADGE_WAIT_MS, polling: 50 })
      .then(() => true, () => false);
  }
  await page.waitForTimeout(500); // late work (debounced rescans, final verdicts) still counts
  const after = await metrics(cdp);
  const state = await page.evaluate(() => window.__rolelensBench);
  const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  const { profile } = await cdp.send('Profiler.stop');
  const scriptMs = extensionId ? profileTimeIn(profile, `chrome-extension://${extensionId}/`) : NaN;
  await page.close();
  return {
    complete,
    badges: state.count,
    toLastBadge: state.lastBadge - state.dcl,
    toFirstBadge: state.firstBadge - state.dcl,
    scriptMs,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    firstPaint,
  };
}

/** Opens the popup for the badged demo tab `opens` times; ms from navigation start. */
async function measurePopup(harness) {
  const page = await harness.context.newPage();
  await page.goto(DEMO_LIST_URL);
  await page.waitForFunction((n) => document.getElementsByTagName('rolelens-badge').length >= n, CARDS, { timeout: BADGE_WAIT_MS });
  const tabId = await tabIdOf(harness.worker, DEMO_LIST_URL);
  const runs = [];
  for (let i = 0; i < POPUP_OPENS; i++) {
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
    // Paint entries and the app's mark are recorded asynchronously: wait until both exist.
    await popup.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0 && performance.getEntriesByName('rolelens:answer-shown').length > 0,
      null,
      { timeout: BADGE_WAIT_MS },
    );
    runs.push(
      await popup.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        answerShown: performance.getEntriesByName('rolelens:answer-shown')[0]?.startTime ?? NaN,
      })),
    );
    await popup.close();
  }
  await page.close();
  return runs;
}

function contentScriptSizes(extensionDir) {
  const dir = path.join(extensionDir, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(path.join(dir, f));
      return { file: `content-scripts/${f}`, raw: statSync(path.join(dir, f)).size, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

/** The big and changing pages (bench-page-stress.mjs): one browser with RoleLens, one without. */
async function stress(extensionDir) {
  const pages = stressPages();
  const serve = async (context) => {
    await context.addInitScript(observeStress);
    for (const p of pages) {
      await context.route(p.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: p.html }));
    }
  };
  const results = [];
  const withExt = await launchDemoBrowser({ extensionDir, headless: true, list });
  try {
    await serve(withExt.context);
    for (const p of pages) results.push({ page: p, withExt: await measureStress(withExt.context, withExt.extensionId, p) });
  } finally {
    await withExt.dispose();
  }
  const bare = await launchDemoBrowser({ extensionDir: null, headless: true, list });
  try {
    await serve(bare.context);
    for (const r of results) r.without = await measureStress(bare.context, null, r.page);
  } finally {
    await bare.dispose();
  }
  console.log('\nBig and changing pages, headless Chromium: with RoleLens, without it, and the ratio');
  for (const r of results) printStress(r.page, r.withExt, r.without);
}

async function main() {
  const extensionDir = prepare();
  if (process.env.STRESS_ONLY === '1') {
    await stress(extensionDir);
    return;
  }
  const cold = [];
  const warm = [];
  let popup = [];
  // The same page without the extension, measured between the extension's browsers (so that
  // both see the machine as busy as it was): its main-thread cost and first paint, to compare.
  const bare = await launchDemoBrowser({ extensionDir: null, headless: true, list });
  const bareRuns = [];
  try {
    await bare.context.addInitScript(observeBadges);
    for (let b = 0; b < BROWSERS; b++) {
      const harness = await launchDemoBrowser({ extensionDir, headless: true, list });
      try {
        await harness.context.addInitScript(observeBadges);
        cold.push(await measureLoad(harness.context, harness.extensionId));
        for (let i = 0; i < WARM; i++) warm.push(await measureLoad(harness.context, harness.extensionId));
        if (b === BROWSERS - 1) popup = await measurePopup(harness);
      } finally {
        await harness.dispose();
      }
      for (let i = 0; i < Math.max(1, Math.ceil(WARM / 2)); i++) bareRuns.push(await measureLoad(bare.context, null));
    }
  } finally {
    await bare.dispose();
  }

  console.log(`\nRoleLens page benchmark: ${CARDS} cards on ${DEMO_LIST_URL}, headless Chromium`);
  console.log(`${BROWSERS} fresh browsers × (1 cold + ${WARM} warm loads)\n`);
  console.log('load        badges  DCL→first  DCL→last  content-script JS  page tasks');
  const row = (name, r) =>
    console.log(
      `${name.padEnd(10)}  ${String(r.badges).padStart(6)}  ${ms(r.toFirstBadge).padStart(9)}  ${ms(r.toLastBadge).padStart(8)}  ${ms(r.scriptMs).padStart(17)}  ${ms(r.taskMs).padStart(10)}${r.complete ? '' : '  (not all badges)'}`,
    );
  cold.forEach((r, b) => {
    row(`${b + 1} cold`, r);
    warm.slice(b * WARM, (b + 1) * WARM).forEach((w, i) => row(`${b + 1} warm ${i + 1}`, w));
  });

  // The bare page, same run: its main-thread task time and its first paint are the yardsticks.
  const bareTask = median(bareRuns.map((r) => r.taskMs));
  const barePaint = median(bareRuns.map((r) => r.firstPaint));
  const ratio = (x, base) => (Number.isFinite(x) && base > 0 ? `${(x / base).toFixed(2)}×` : 'n/a');
  const line = (what, x, target, base, baseName) =>
    console.log(
      `${what.padEnd(58)} ${ms(x).padStart(9)}  target ≤ ${String(target).padStart(3)} ms ${verdict(x, target).padEnd(6)}  ${ratio(x, base).padStart(6)} the bare page's ${baseName} (${ms(base)})`,
    );
  console.log('');
  line(`cold  DOMContentLoaded → last badge, median of ${cold.length}`, median(cold.map((r) => r.toLastBadge)), TARGET.coldToLastBadge, bareTask, 'tasks');
  line(`warm  DOMContentLoaded → last badge, median of ${warm.length}`, median(warm.map((r) => r.toLastBadge)), TARGET.warmToLastBadge, bareTask, 'tasks');
  line(`cold  content-script main thread (${CARDS} cards), median`, median(cold.map((r) => r.scriptMs)), TARGET.scriptMs, bareTask, 'tasks');
  line(`warm  content-script main thread (${CARDS} cards), median`, median(warm.map((r) => r.scriptMs)), TARGET.scriptMs, bareTask, 'tasks');
  const withTask = median(warm.map((r) => r.taskMs));
  console.log(`Main-thread tasks (warm median): ${ms(withTask)} with the extension, ${ms(bareTask)} without (${ratio(withTask, bareTask)})`);
  if (popup.length) {
    const paint = median(popup.map((p) => p.firstPaint));
    line(`popup open → first paint, median of ${popup.length}`, paint, TARGET.popupPaint, barePaint, 'first paint');
    console.log(`      (first open ${ms(popup[0].firstPaint)}); → answer shown ${ms(median(popup.map((p) => p.answerShown)))}`);
  }
  for (const s of contentScriptSizes(extensionDir)) {
    console.log(`Content script size: ${s.file} ${(s.raw / 1024).toFixed(1)} KiB raw, ${(s.gzip / 1024).toFixed(1)} KiB gzip`);
  }
  const incomplete = [...cold, ...warm].filter((r) => !r.complete).length;
  if (incomplete) console.log(`\nNote: ${incomplete} loads did not reach ${CARDS} badges within ${BADGE_WAIT_MS / 1000} s.`);
  if (process.env.STRESS !== '0') await stress(extensionDir);
}

setTimeout(() => fail(`gave up after ${DEADLINE_MS / 1000} s (BENCH_TIMEOUT_MS): the browser stopped answering.`), DEADLINE_MS);
main().then(
  () => process.exit(0),
  (error) => fail(`failed: ${error instanceof Error ? error.stack : error}`),
);
