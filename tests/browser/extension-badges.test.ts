// The built extension in real Chromium: badges appear on job pages served at their real address.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { criteria } from '../../src/classifier/criteria';
import { launchExtension, type ExtensionHarness } from './harness';
import { evaluateInBadge, waitForBadges } from './harness/badges';
import { greenhouseJobPage, postings } from './harness/pages';

describe('extension in Chromium', () => {
  let ext: ExtensionHarness;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('badges a Greenhouse job page with the full verdict, after the title', async () => {
    const job = postings[0]!;
    const page = await ext.servePage(`https://job-boards.greenhouse.io/riverside/jobs/${job.id}`, greenhouseJobPage(job));
    const badges = await waitForBadges(page, { until: (b) => b.length > 0 });
    expect(badges).toHaveLength(1);
    expect(badges[0]).toMatchObject({ jobId: job.id, mode: 'full', anchorText: job.title });
    expect(badges[0]?.label).toMatch(/^(management|administration|balanced|not_applicable)$/);
    expect(ext.blockedRequests).toEqual([]);
  });

  it('styles the badge with its own stylesheet, not the page\'s', async () => {
    const job = postings[1]!;
    // The page's own button rule stops at the shadow root; the badge's stylesheet styles its button.
    const html = greenhouseJobPage(job).replace('</head>', '<style>button { border-radius: 0; color: rgb(255, 0, 0); }</style></head>');
    const page = await ext.servePage(`https://job-boards.greenhouse.io/riverside/jobs/${job.id}`, html);
    await waitForBadges(page, { until: (b) => b.length > 0 });
    const style = await evaluateInBadge(page, (root) => {
      const css = getComputedStyle(root.querySelector('button')!);
      return { display: getComputedStyle(root.host).display, radius: css.borderTopLeftRadius, color: css.color };
    });
    expect(style).toMatchObject({ display: 'inline-block', radius: '999px' });
    expect(style?.color).not.toBe('rgb(255, 0, 0)');
    await page.close();
  });

  it('posts no message to the page (some sites act on any window message)', async () => {
    const job = postings[2]!;
    const listener = '<script>window.__messages = []; addEventListener("message", (e) => window.__messages.push(JSON.stringify(e.data)));</script>';
    const page = await ext.servePage(`https://job-boards.greenhouse.io/riverside/jobs/${job.id}`, greenhouseJobPage(job).replace('<title>', `${listener}<title>`));
    await waitForBadges(page, { until: (b) => b.length > 0 });
    await page.waitForTimeout(200); // a posted message is delivered in a later task
    expect(await page.evaluate('window.__messages')).toEqual([]);
    await page.close();
  });

  it('keeps the NLP and the criteria out of the content scripts (the background classifies)', () => {
    const manifest = JSON.parse(readFileSync(path.join(ext.extensionDir, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[] }[];
    };
    for (const file of manifest.content_scripts.flatMap((c) => c.js)) {
      const full = path.join(ext.extensionDir, file);
      const code = readFileSync(full, 'utf8');
      console.log(`${file}: ${statSync(full).size} bytes`);
      // compromise's tagger tags ("#Adjective") are in every build that bundles it.
      expect(code.includes('#Adjective'), `${file} bundles compromise`).toBe(false);
      // Nor the criteria: a table built at import time drags them in through settings/schema.
      expect(criteria.filter((c) => code.includes(c.quote)).map((c) => c.id), `${file} bundles the criteria`).toEqual([]);
      expect(statSync(full).size, `${file} size`).toBeLessThan(150_000);
    }
  });
});
