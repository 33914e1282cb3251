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

  // A job page first: its badge carries the full verdict, and the verdict cache then serves the list.
  const job = postings.find((p) => p.written_as === 'management') ?? postings[0];
  await page.goto(detailUrl(job));
  await waitForBadges(page, 1);
  await page.screenshot({ path: path.join(outDir, 'job.png') });

  await page.goto(DEMO_LIST_URL);
  await waitForBadges(page, postings.length);
  await page.waitForTimeout(300); // let badge styles settle before the picture
  await page.screenshot({ path: path.join(outDir, 'board.png'), fullPage: true });

  const badges = await readBadges(page);
  console.log(`\nRoleLens tags on ${DEMO_LIST_URL}\n`);
  const byId = new Map(badges.map((b) => [b.jobId, b]));
  const width = Math.max(...postings.map((p) => p.title.length));
  for (const posting of postings) {
    const badge = byId.get(posting.id);
    const tag = badge ? `${badge.label.padEnd(15)} ${badge.text}` : '(no badge)';
    console.log(`  ${posting.title.padEnd(width)}  ${tag}   [written as ${posting.written_as}]`);
  }
  const unmatched = badges.filter((b) => !postings.some((p) => p.id === b.jobId));
  if (unmatched.length) console.log(`\n  Badges with unknown job ids: ${unmatched.map((b) => b.jobId).join(', ')}`);
  console.log(`\n${badges.length} badges for ${postings.length} postings.`);

  const tabId = await tabIdOf(worker, page.url());
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html${tabId === null ? '' : `?tab=${tabId}`}`);
  await popup.waitForTimeout(1000); // the popup asks the background for the tab's verdicts
  await popup.screenshot({ path: path.join(outDir, 'popup.png'), fullPage: true });

  console.log(`Screenshots: ${['board.png', 'job.png', 'popup.png'].map((f) => path.join('.output/demo', f)).join(', ')}`);
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
