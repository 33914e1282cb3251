// The big and changing pages of `npm run bench:page` (issue 11): each page is loaded in Chromium
// with RoleLens and in the same Chromium without it, and every figure is printed beside the
// no-extension figure as a ratio.
//   - 2,000 cards (demo board, Workday address), with a clock on the page ticking every 100 ms;
//   - a job page with a 1 MB description (shown, and in its JSON-LD), not ticking;
//   - a job page whose JSON-LD holds a 1 MB description, with the 100 ms clock.
// Per page: DOMContentLoaded → last badge; main-thread task time during the load (until the
// badges are in, plus 1 s); the longest task the page saw (Long Tasks API); RoleLens script time
// (CPU profile) and the longest task of RoleLens's own (trace tasks × profile, in thread time, so
// a busy machine does not inflate it); then, for the ticking pages, 5 s of steady state:
// main-thread ms per second and RoleLens script ms per second.
import { DEMO_LIST_URL, detailUrl, manyPostings, postings, renderDetail, renderList } from '../demo/board.mjs';

const CLOCK = `<p id="bench-clock" style="font: 12px monospace">0</p><script>
  (() => { const clock = document.getElementById('bench-clock'); let n = 0;
    setInterval(() => { clock.textContent = String(++n); }, 100); })();</script>`;

/** About `bytes` of plain sentences (our own words), as list items. */
function bigDuties(bytes) {
  const sentence = (i) =>
    `Duty ${i}: coordinate the unit's daily schedules, keep records current and report on the budget to the director.`;
  const duties = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = sentence(i);
    duties.push(line);
    size += line.length;
  }
  return duties;
}

const withClock = (html) => html.replace('</main>', `${CLOCK}</main>`);

/** A job page whose description is ~1 MB; `shown`: also in the page (else only in its JSON-LD). */
function bigDescriptionPage(id, { shown, clock }) {
  const base = postings[0];
  const posting = { ...base, id, duties: bigDuties(1_000_000) };
  let html = renderDetail(posting);
  if (!shown) {
    // The page shows the short original; the JSON-LD (already rendered above) keeps the 1 MB one.
    const short = renderDetail({ ...base, id });
    const description = (page) => page.slice(page.indexOf('<div class="job-description"'), page.indexOf('</article>'));
    html = html.replace(description(html), description(short));
  }
  return { url: detailUrl(posting), html: clock ? withClock(html) : html };
}

export function stressPages() {
  const list = manyPostings(2000);
  return [
    { name: '2,000 cards, ticking', url: `${DEMO_LIST_URL}?bench=2000-cards`, html: withClock(renderList(list)), badges: 2000, ticks: true },
    { name: '1 MB description', ...bigDescriptionPage('BENCH1MB', { shown: true, clock: false }), badges: 1, ticks: false },
    { name: '1 MB JSON-LD, ticking', ...bigDescriptionPage('BENCH1MBLD', { shown: false, clock: true }), badges: 1, ticks: true },
  ];
}

// Runs in every page before its own scripts: long tasks and the badges' arrival.
export const observeStress = () => {
  const state = { dcl: -1, lastBadge: -1, count: 0, longTasks: [] };
  Object.defineProperty(window, '__rolelensStress', { value: state });
  document.addEventListener('DOMContentLoaded', () => { state.dcl = performance.now(); }, { once: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the longest task reads n/a.
  }
  const badges = document.getElementsByTagName('rolelens-badge'); // live: cheap to read on every mutation
  new MutationObserver(() => {
    const count = badges.length;
    if (count > state.count) {
      state.count = count;
      state.lastBadge = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
};

/** Profile samples as { t: µs on the trace clock, ext: a RoleLens frame is on the stack }. */
function samplesOf(profile, urlPrefix) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const inExt = (id) => {
    if (memo.has(id)) return memo.get(id);
    const own = Boolean(byId.get(id)?.callFrame.url?.startsWith(urlPrefix));
    const result = own || (parent.has(id) ? inExt(parent.get(id)) : false);
    memo.set(id, result);
    return result;
  };
  let t = profile.startTime;
  return profile.samples.map((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    return { t, ext: inExt(id) };
  });
}

/** RoleLens script ms between two trace-clock times (µs). */
function scriptMs(samples, from, to) {
  let total = 0;
  for (let i = 1; i < samples.length; i++) {
    const s = samples[i];
    if (s.ext && s.t >= from && s.t < to) total += s.t - samples[i - 1].t;
  }
  return total / 1000;
}

/**
 * The longest main-thread task of RoleLens's: each task of the page's main thread (a trace
 * RunTask) gets the share of it the CPU profile saw in RoleLens frames, applied to the task's
 * thread time (CPU time: on a busy machine the wall time of a task also counts time the thread
 * waited for a core). Returns ms of thread time.
 */
function longestOwnTask(events, samples, mainThread) {
  let longest = 0;
  for (const task of events) {
    if (task.ph !== 'X' || task.pid !== mainThread.pid || task.tid !== mainThread.tid) continue;
    if (task.name !== 'ThreadControllerImpl::RunTask' && task.name !== 'RunTask') continue;
    let ours = 0;
    for (let i = 1; i < samples.length; i++) {
      const s = samples[i];
      if (s.ext && s.t >= task.ts && s.t <= task.ts + task.dur) ours += s.t - samples[i - 1].t;
    }
    if (ours > 0) longest = Math.max(longest, ((task.tdur ?? task.dur) * Math.min(1, ours / task.dur)) / 1000);
  }
  return longest;
}

async function readTrace(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let data = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    data += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const trace = JSON.parse(data);
  return Array.isArray(trace) ? trace : trace.traceEvents;
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const STEADY_MS = 5000;

/** One load of one stress page; `extensionId` null for the browser without RoleLens. */
export async function measureStress(context, extensionId, stress, { timeoutMs = 120_000 } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel,blink.user_timing', transferMode: 'ReturnAsStream' });
  const before = await metrics(cdp);
  await page.goto(stress.url, { timeout: timeoutMs });
  let complete = true;
  if (extensionId) {
    complete = await page
      .waitForFunction((n) => window.__rolelensStress?.count >= n, stress.badges, { timeout: timeoutMs, polling: 100 })
      .then(() => true, () => false);
  }
  await page.waitForTimeout(1000); // debounced rescans after the last badge still count as load
  const loaded = await metrics(cdp);
  await page.evaluate(() => performance.mark('bench:loaded')); // on the trace's clock: ends the load
  let steady = null;
  if (stress.ticks) {
    await page.waitForTimeout(STEADY_MS);
    const after = await metrics(cdp);
    steady = { taskMsPerS: ((after.TaskDuration - loaded.TaskDuration) * 1000) / (STEADY_MS / 1000) };
  }
  const state = await page.evaluate(() => ({ ...window.__rolelensStress, loadedAt: performance.getEntriesByName('bench:loaded')[0]?.startTime ?? Infinity }));
  const { profile } = await cdp.send('Profiler.stop');
  const events = await readTrace(cdp);
  await page.close();
  const prefix = `chrome-extension://${extensionId}/`;
  // The page's main thread: where the content script's functions ran.
  const ours = extensionId ? events.find((e) => e.name === 'FunctionCall' && e.args?.data?.url?.startsWith(prefix)) : undefined;
  const mainThread = ours ? { pid: ours.pid, tid: ours.tid } : { pid: -1, tid: -1 };
  const loadEnd = events.find((e) => e.name === 'bench:loaded')?.ts ?? Infinity;
  const samples = extensionId ? samplesOf(profile, prefix) : [];
  const inLoad = state.longTasks.filter(([start]) => start <= state.loadedAt);
  return {
    complete,
    toLastBadge: extensionId ? state.lastBadge - state.dcl : NaN,
    loadTaskMs: (loaded.TaskDuration - before.TaskDuration) * 1000,
    longestTask: Math.max(0, ...inLoad.map(([, duration]) => duration)),
    scriptMs: extensionId ? scriptMs(samples, 0, loadEnd) : NaN,
    longestOwnTask: extensionId ? longestOwnTask(events, samples, mainThread) : NaN,
    steady: steady && { ...steady, scriptMsPerS: extensionId ? scriptMs(samples, loadEnd, Infinity) / (STEADY_MS / 1000) : NaN },
  };
}

const fmt = (x) => (Number.isFinite(x) ? `${x.toFixed(1)}` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a');

/** Prints one stress page's figures: with RoleLens, without, and the ratio. */
export function printStress(stress, withExt, without) {
  console.log(`\n${stress.name} (${stress.url})${withExt.complete ? '' : '  (NOT all badges arrived)'}`);
  console.log(`  DOMContentLoaded → last badge: ${fmt(withExt.toLastBadge)} ms`);
  const row = (label, a, b, unit = 'ms') => console.log(`  ${label.padEnd(44)} ${fmt(a).padStart(8)} ${unit}  without: ${fmt(b).padStart(8)} ${unit}  ratio ${ratio(a, b)}`);
  row('main-thread tasks during the load', withExt.loadTaskMs, without.loadTaskMs);
  row('longest task during the load', withExt.longestTask, without.longestTask);
  console.log(`  ${'RoleLens script during the load'.padEnd(44)} ${fmt(withExt.scriptMs).padStart(8)} ms`);
  console.log(`  ${'longest RoleLens task (thread time)'.padEnd(44)} ${fmt(withExt.longestOwnTask).padStart(8)} ms  (target ≤ 50)`);
  if (withExt.steady && without.steady) {
    row('steady state: main-thread tasks per second', withExt.steady.taskMsPerS, without.steady.taskMsPerS, 'ms/s');
    console.log(`  ${'steady state: RoleLens script per second'.padEnd(44)} ${fmt(withExt.steady.scriptMsPerS).padStart(8)} ms/s`);
  }
}
