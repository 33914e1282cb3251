#!/usr/bin/env node
// `npm start`: build the Chrome extension and open Chromium with it on the RoleLens demo board
// (invented healthcare postings, served at a Workday-style address; nothing goes online).
// With a display: a normal window; close it to finish.
// Without one (CI, ssh): headless; writes screenshots of the badged board, a job page and the
// popup to .output/demo/ and prints the tag RoleLens gave each posting.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_LIST_URL, detailUrl, postings } from '../demo/board.mjs';
import { buildChromeExtension, launchDemoBrowser, readBadges, repoRoot, tabIdOf } from '../demo/browser.mjs';

const BADGE_WAIT_MS = 20_000;
const outDir = path.join(repoRoot, '.output', 'demo');
const headed = Boolean(process.env.DISPLAY) && process.env.ROLELENS_HEADLESS !== '1';

/** Waits until every posting on the page has a badge, or the time is up (then reports what came). */
async function waitForBadges(page, expected) {
  try {
    await page.waitForFunction(
      (n) => document.querySelectorAll('rolelens-badge').length >= n,
      expected,
      { timeout: BADGE_WAIT_MS },
    );
  } catch {
    const got = await page.locator('rolelens-badge').count();
    console.warn(`Only ${got} of ${expected} badges appeared within ${BADGE_WAIT_MS / 1000} s.`);
  }
}

async function runHeadless(browser) {
  const { context, worker, extensionId } = browser;
  mkdirSync(outDir, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());

  await page.goto(DEMO_LIST_URL);
  await waitForBadges(page, postings.length);
  await page.waitForTimeout(300); // let badge styles settle before the picture
  await page.screenshot({ path: path.join(outDir, 'board.png'), fullPage: true });
  const listBadges = await readBadges(page);
  // The same board with one badge's tooltip open (its top two reasons), for the overview picture.
  const strategy = postings.find((p) => p.title.startsWith('Director of Strategy')) ?? postings[0];
  const hovered = page.locator(`rolelens-badge[data-job-id="${strategy.id}"]`);
  if (await hovered.count()) await hovered.hover();
  await page.waitForTimeout(200);
  const boardWithTip = await page.screenshot({ clip: { x: 0, y: 0, width: 1100, height: 760 } });

  // The popup for the board's tab: every posting on the page by tag.
  await popupShot(context, extensionId, await tabIdOf(worker, page.url()), null, 'popup.png');

  // A job page in a second tab: its badge carries the full verdict; the popup explains it.
  const job = postings.find((p) => p.written_as === 'management') ?? postings[0];
  const jobPage = await context.newPage();
  await jobPage.goto(detailUrl(job));
  await waitForBadges(jobPage, 1);
  await jobPage.waitForTimeout(300);
  await jobPage.screenshot({ path: path.join(outDir, 'job.png') });
  const explanation = await popupShot(context, extensionId, await tabIdOf(worker, jobPage.url()), job.id, 'popup-explanation.png');
  await writeOverview(context, boardWithTip, explanation);
  await jobPage.close();

  // Each job page: the verdict on the whole posting, not just its title.
  const fullBadges = new Map();
  for (const posting of postings) {
    await page.goto(detailUrl(posting));
    await waitForBadges(page, 1);
    const [badge] = (await readBadges(page)).filter((b) => b.jobId === posting.id);
    if (badge) fullBadges.set(posting.id, badge);
  }

  printTags(listBadges, fullBadges);
  console.log(
    '\nScreenshots in .output/demo/: board.png (the list), popup.png (its popup), job.png (a job page),\n' +
      'popup-explanation.png (the popup explaining that job), overview.png (board and explanation side by side)',
  );
}

function printTags(listBadges, fullBadges) {
  const onList = new Map(listBadges.map((b) => [b.jobId, b]));
  const width = Math.max(...postings.map((p) => p.title.length));
  const cell = (badge) => (badge ? badge.text.replace(/^\W+/, '') : '(no badge)').padEnd(24);
  console.log(`\nRoleLens tags on the demo board (${DEMO_LIST_URL})\n`);
  console.log(`  ${'posting'.padEnd(width)}  ${'on the list (title)'.padEnd(24)}  ${'on its job page (full)'.padEnd(24)}  we wrote it as`);
  for (const posting of postings) {
    console.log(`  ${posting.title.padEnd(width)}  ${cell(onList.get(posting.id))}  ${cell(fullBadges.get(posting.id))}  ${posting.written_as}`);
  }
  const unmatched = listBadges.filter((b) => !postings.some((p) => p.id === b.jobId));
  if (unmatched.length) console.log(`\n  Badges with unknown job ids: ${unmatched.map((b) => b.jobId).join(', ')}`);
  console.log(`\n${listBadges.length} badges on the list for ${postings.length} postings; ${fullBadges.size} job pages badged.`);
}

/** Opens the popup as a page for one tab (and optionally one posting's explanation); returns the PNG. */
async function popupShot(context, extensionId, tabId, jobId, file) {
  const query = new URLSearchParams();
  if (tabId !== null) query.set('tab', String(tabId));
  if (jobId) query.set('job', jobId);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?${query}`);
  await popup.waitForTimeout(1000); // the popup asks the background for the tab's verdicts
  const png = await popup.screenshot({ path: path.join(outDir, file), fullPage: true });
  await popup.close();
  return png;
}

/** The board (one tooltip open) beside the popup, in one picture: the README's screenshot. */
async function writeOverview(context, boardPng, popupPng) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1560, height: 800 });
  // Built in the page from our own screenshots; no HTML strings.
  await page.evaluate(
    ({ board, popup }) => {
      document.body.style.cssText = 'margin:0;padding:20px;background:#c9d3dd;display:flex;gap:20px;align-items:flex-start';
      for (const [src, width] of [[board, 1100], [popup, 420]]) {
        const image = document.createElement('img');
        image.src = `data:image/png;base64,${src}`;
        image.style.cssText = `width:${width}px;max-height:760px;object-fit:cover;object-position:top;border-radius:8px;box-shadow:0 4px 16px rgb(0 0 0 / .25)`;
        document.body.append(image);
      }
    },
    { board: boardPng.toString('base64'), popup: popupPng.toString('base64') },
  );
  await page.waitForLoadState();
  await page.screenshot({ path: path.join(outDir, 'overview.png'), fullPage: true });
  await page.close();
}

async function runHeaded(browser) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(DEMO_LIST_URL);
  console.log(`Chromium is open on the demo board (${DEMO_LIST_URL}). Close the window to finish.`);
  await new Promise((resolve) => browser.context.on('close', resolve));
}

async function main() {
  // ROLELENS_SKIP_BUILD=1 reuses .output/chrome-mv3 (e.g. right after `npm test` built it).
  const extensionDir = process.env.ROLELENS_SKIP_BUILD === '1'
    ? path.join(repoRoot, '.output', 'chrome-mv3')
    : (console.log('Building the Chrome extension (wxt build)…'), buildChromeExtension());
  const browser = await launchDemoBrowser({ extensionDir, headless: !headed });
  try {
    if (headed) await runHeaded(browser);
    else await runHeadless(browser);
  } finally {
    await browser.dispose();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
