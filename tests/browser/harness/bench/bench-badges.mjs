#!/usr/bin/env node
// Measures inserting 100 badges in Chromium: our hand-written <rolelens-badge> versus WXT's
// createShadowRootUi (the figures behind the comment in src/content/badge-element.ts).
// Run: node tests/browser/harness/bench/bench-badges.mjs
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const bundle = await build({
  entryPoints: [path.join(here, 'badge-entry.ts')],
  bundle: true, format: 'iife', write: false, platform: 'browser',
  define: { 'import.meta.env.ENTRYPOINT': '"bench"' },
});
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium');
const browser = await chromium.launch({ executablePath, headless: true });
const page = await browser.newPage();
await page.setContent('<!doctype html><body></body>');
await page.addScriptTag({ content: bundle.outputFiles[0].text });
const rounds = 15;
const results = await page.evaluate(([n, r]) => globalThis.runBadgeBench(n, r), [100, rounds]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, times] of Object.entries(results)) {
  console.log(`${name.padEnd(20)} 100 badges: median ${median(times.slice(2)).toFixed(1)} ms (first ${times[0].toFixed(1)} ms, ${rounds} rounds)`);
}
await browser.close();
