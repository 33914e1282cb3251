// Firefox side of the browser-test harness: the Firefox builds and a Firefox ESR launched through
// puppeteer-core's WebDriver BiDi (Playwright cannot drive stock Firefox).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIREFOX_ESR = process.env.ROLELENS_FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'rolelens@rolelens.org';
/** Fixed so the test knows moz-extension://<uuid>/ before installing (Firefox picks a random one). */
export const EXTENSION_UUID = '5b0c6f6e-4f5a-4c1e-9a57-6f1e2d3c4b5a';

export type FirefoxTarget = 'firefox-mv2' | 'firefox-mv3';

export function firefoxMissingMessage(): string | null {
  if (existsSync(FIREFOX_ESR)) return null;
  return `Firefox ESR not found at ${FIREFOX_ESR}. Install it with: apt-get install -y firefox-esr`;
}

/**
 * The built Firefox extension's folder. `npm test` builds first and sets ROLELENS_SKIP_BUILD=1;
 * a test run on its own builds here, under the shared lock so parallel builds do not clash.
 */
export function firefoxBuild(target: FirefoxTarget): string {
  const dir = path.join(repoRoot, '.output', target);
  if (process.env.ROLELENS_SKIP_BUILD === '1' && existsSync(path.join(dir, 'manifest.json'))) return dir;
  const wxtArgs = ['build', '-b', 'firefox', ...(target === 'firefox-mv3' ? ['--mv3'] : [])];
  const wxt = path.join(repoRoot, 'node_modules', '.bin', 'wxt');
  const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
  const [cmd, args] = hasFlock ? ['flock', ['/tmp/rolelens-build.lock', wxt, ...wxtArgs]] : [wxt, wxtArgs];
  execFileSync(cmd, args, { cwd: repoRoot, stdio: 'pipe' });
  return dir;
}

/** A private copy of the build, so a rebuild by someone else cannot change it mid-test. */
export function copyBuild(dir: string): { dir: string; dispose(): void } {
  const tmp = mkdtempSync(path.join(tmpdir(), 'rolelens-ff-ext-'));
  const copy = path.join(tmp, path.basename(dir));
  cpSync(dir, copy, { recursive: true });
  return { dir: copy, dispose: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** The part of a puppeteer page this harness needs (kept structural to avoid a type import cycle). */
interface QueryablePage {
  $(selector: string): Promise<unknown>;
}

/**
 * Waits for `selector` on a page that is still navigating. puppeteer's waitForSelector runs one
 * long-lived script in the page; under BiDi, Firefox can fail that script outright when the
 * document is replaced mid-wait ("right-hand side of 'in' should be an object, got null"), seen
 * in CI. Polling with fresh queries and treating such errors as "not yet" survives navigation.
 */
export async function waitForSelectorThroughNavigation(page: QueryablePage, selector: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.$(selector)) return;
    } catch (error) {
      lastError = error; // the document was being replaced; ask again
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${selector}${cause}`);
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id Firefox installed the build under. */
  installedId: string;
  close(): Promise<void>;
}

/**
 * Firefox ESR over WebDriver BiDi with a private copy of `target` installed at the fixed
 * moz-extension UUID. `prefs` adds Firefox preferences (e.g. testing switches) for one suite.
 */
export async function launchFirefoxWithExtension(
  target: FirefoxTarget,
  prefs: Record<string, unknown> = {},
): Promise<FirefoxSession> {
  const build = copyBuild(firefoxBuild(target));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_ESR,
      headless: true,
      // Lets BiDi open moz-extension:// pages and install add-ons.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }), ...prefs },
    });
    const installedId = await browser.installExtension(build.dir);
    const launched = browser;
    return {
      browser: launched,
      installedId,
      close: async () => {
        await launched.close().catch(() => undefined);
        build.dispose();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    build.dispose();
    throw error;
  }
}
