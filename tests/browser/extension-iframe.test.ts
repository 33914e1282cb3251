// iCIMS inside an employer's page: the board lives in an iframe on another host, and the badges
// appear inside that frame (the frame-only content script), never on the employer's own page.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, servePage, sharedDir, type ExtensionHarness } from './harness';
import { readBadges } from './harness/badges';

const icimsPage = path.join(sharedDir, 'fixtures/pages/icims-search-trimmed-2026.html');
const available = existsSync(icimsPage);
if (!available) console.warn(`Skipping the iCIMS iframe test: ${icimsPage} is absent.`);

describe.skipIf(!available)('iCIMS in an iframe', () => {
  let ext: ExtensionHarness;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('badges the cards inside the frame and nothing on the host page', async () => {
    const frameUrl = 'https://careers-wipfli.icims.com/jobs/search?in_iframe=1';
    servePage(ext.context, frameUrl, { file: icimsPage });
    const host = `<!doctype html><html><head><title>Careers at Example Health</title></head><body>
<h1>Join Example Health</h1><iframe id="icims_content_iframe" src="${frameUrl}" width="900" height="600"></iframe></body></html>`;
    const page = await ext.servePage('https://careers.examplehealth.org/jobs', host);
    let inFrame: Awaited<ReturnType<typeof readBadges>> = [];
    for (let i = 0; i < 100 && inFrame.length < 2; i++) {
      await page.waitForTimeout(100);
      inFrame = await readBadges(page, '#icims_content_iframe');
    }
    expect(inFrame).toHaveLength(2);
    expect(inFrame.every((b) => b.label && b.anchorText)).toBe(true);
    expect(await readBadges(page)).toEqual([]);
    expect(ext.blockedRequests.filter((r) => !r.url.startsWith('https://careers-wipfli.icims.com/'))).toEqual([]);
  });
});
