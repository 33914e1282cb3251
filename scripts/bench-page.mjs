#!/usr/bin/env node
// `npm run bench:page`: how fast the content script badges a results page of 100 cards.
// Chromium with the built extension loads a generated demo-board page (Workday address, served by
// context.route) several times and prints:
//   - time from DOMContentLoaded to the last badge (a MutationObserver installed before the page);
//   - main-thread time spent in the content script (a V8 CPU profile: samples whose stack holds a
//     frame from the extension's content script, natives called from it included), and the whole
//     main-thread task time compared with the same page in Chromium without the extension;
//   - the content script's size on disk, raw and gzip.
// Targets: ≤ 300 ms to all badges, ≤ 50 ms main-thread per 100 cards. Figures only; nothing asserted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_LIST_URL, manyPostings } from '../demo/board.mjs';
import { buildChromeExtension, launchDemoBrowser, repoRoot } from '../demo/browser.mjs';

const CARDS = Number(process.env.CARDS ?? 100);
const RUNS = Number(process.env.RUNS ?? 5);
const list = manyPostings(CARDS);

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
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

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

/** One page load; returns the timings, or null where the badges never all came. */
async function measureLoad(context, extensionId) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (extensionId) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const before = await metrics(cdp);
  await page.goto(DEMO_LIST_URL);
  let complete = true;
  if (extensionId) {
    complete = await page
      .waitForFunction((n) => window.__rolelensBench?.count >= n, CARDS, { timeout: 15_000, polling: 50 })
      .then(() => true, () => false);
  }
  await page.waitForTimeout(500); // late work (debounced rescans, final verdicts) still counts
  const after = await metrics(cdp);
  const state = await page.evaluate(() => window.__rolelensBench);
  let scriptMs = NaN;
  if (extensionId) {
    const { profile } = await cdp.send('Profiler.stop');
    scriptMs = profileTimeIn(profile, `chrome-extension://${extensionId}/`);
  }
  await page.close();
  return {
    complete,
    badges: state.count,
    toLastBadge: state.lastBadge - state.dcl,
    toFirstBadge: state.firstBadge - state.dcl,
    scriptMs,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    scriptDurationMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
  };
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

async function main() {
  const extensionDir = process.env.ROLELENS_SKIP_BUILD === '1'
    ? path.join(repoRoot, '.output', 'chrome-mv3')
    : (console.log('Building the Chrome extension (wxt build)…'), buildChromeExtension());

  const withExt = await launchDemoBrowser({ extensionDir, headless: true, list });
  await withExt.context.addInitScript(observeBadges);
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++) runs.push(await measureLoad(withExt.context, withExt.extensionId));
  } finally {
    await withExt.dispose();
  }

  // The same page without the extension: the page's own main-thread cost, to subtract.
  const bare = await launchDemoBrowser({ extensionDir: null, headless: true, list });
  await bare.context.addInitScript(observeBadges);
  const bareRuns = [];
  try {
    for (let i = 0; i < RUNS; i++) bareRuns.push(await measureLoad(bare.context, null));
  } finally {
    await bare.dispose();
  }

  console.log(`\nRoleLens page benchmark: ${CARDS} cards on ${DEMO_LIST_URL}, ${RUNS} loads, headless Chromium\n`);
  console.log('load  badges  DCL→first  DCL→last  content-script JS  page tasks (with ext)');
  runs.forEach((r, i) => {
    console.log(
      `${String(i + 1).padStart(4)}  ${String(r.badges).padStart(6)}  ${ms(r.toFirstBadge).padStart(9)}  ${ms(r.toLastBadge).padStart(8)}  ${ms(r.scriptMs).padStart(17)}  ${ms(r.taskMs).padStart(10)}${r.complete ? '' : '  (not all badges)'}`,
    );
  });
  const bareTask = median(bareRuns.map((r) => r.taskMs));
  const withTask = median(runs.map((r) => r.taskMs));
  console.log('');
  console.log(`DOMContentLoaded → last badge (median):        ${ms(median(runs.map((r) => r.toLastBadge)))}   target ≤ 300 ms`);
  console.log(`Content-script main-thread JS (median, ${CARDS} cards): ${ms(median(runs.map((r) => r.scriptMs)))}   target ≤ 50 ms`);
  console.log(`Main-thread tasks: ${ms(withTask)} with the extension, ${ms(bareTask)} without (difference ${ms(withTask - bareTask)})`);
  console.log(`First load (cold caches): DCL → last badge ${ms(runs[0]?.toLastBadge)}, content-script JS ${ms(runs[0]?.scriptMs)}`);
  for (const s of contentScriptSizes(extensionDir)) {
    console.log(`Content script size: ${s.file} ${(s.raw / 1024).toFixed(1)} KiB raw, ${(s.gzip / 1024).toFixed(1)} KiB gzip`);
  }
  const incomplete = runs.filter((r) => !r.complete).length;
  if (incomplete) console.log(`\nNote: ${incomplete} of ${RUNS} loads did not reach ${CARDS} badges within 15 s.`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench:page failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  },
);
