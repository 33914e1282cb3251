// Clicks the extension's toolbar button for a tab the way a user does: the DevTools protocol's
// Extensions.triggerAction runs the extension's action on that tab, so Chromium grants activeTab
// for it and opens the real popup (launchExtension({ extensionDebugging: true }) is needed).
// Playwright does not attach to extension popups, so the popup is driven over a raw target
// session: expressions are strings evaluated in the popup, clicks are real mouse input.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionHarness } from './index';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface ActionPopup {
  /** Evaluates `expression` in the popup and returns its (JSON) value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` in the popup until it is truthy; returns that value. */
  waitFor<T>(expression: string, what: string, timeoutMs?: number): Promise<T>;
  /** Clicks the centre of the first element matching `selector` with the mouse. */
  click(selector: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function targets(cdp: CDPSession, type?: string): Promise<TargetInfo[]> {
  const params = type ? { filter: [{ type }] } : {};
  return ((await cdp.send('Target.getTargets', params as never)) as { targetInfos: TargetInfo[] }).targetInfos;
}

/** Opens the extension's popup from its toolbar button on `page`'s tab. */
export async function clickAction(ext: ExtensionHarness, page: Page): Promise<ActionPopup> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('clickAction: no browser-level DevTools session for this context');
  await page.bringToFront();
  const cdp = await browser.newBrowserCDPSession();
  // triggerAction wants the tab target (the page target's parent), found here by its address.
  const tabs = (await targets(cdp, 'tab')).filter((t) => t.url === page.url());
  if (tabs.length !== 1) throw new Error(`clickAction: ${tabs.length} tabs show ${page.url()}; serve each page at its own address`);
  const popupUrl = `chrome-extension://${ext.extensionId}/popup.html`;
  const before = new Set((await targets(cdp)).map((t) => t.targetId));
  await cdp.send('Extensions.triggerAction' as never, { id: ext.extensionId, targetId: tabs[0]!.targetId } as never).catch((error: unknown) => {
    throw new Error(
      `clickAction: Extensions.triggerAction failed (${String(error)}). It needs launchExtension({ extensionDebugging: true }) ` +
        'and a Chromium whose DevTools protocol has it (Chromium 156 does).',
    );
  });

  let opened: TargetInfo | undefined;
  for (const deadline = Date.now() + 10_000; !opened && Date.now() < deadline; await sleep(100)) {
    opened = (await targets(cdp)).find((t) => t.type === 'page' && t.url.startsWith(popupUrl) && !before.has(t.targetId));
  }
  if (!opened) throw new Error('clickAction: the action opened no popup');
  const popup = opened;

  // A non-flat session: Playwright's CDPSession cannot address flat child sessions by id.
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as { sessionId: string };
  let nextId = 0;
  const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id === undefined) return;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  const call = async <T>(method: string, params: object): Promise<T> => {
    const id = ++nextId;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const { result, error } = await reply;
    if (error) throw new Error(`${method} in the popup: ${error.message}`);
    return result as T;
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await call<{
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };

  return {
    evaluate,
    async waitFor<T>(expression: string, what: string, timeoutMs = 15_000): Promise<T> {
      let last: unknown;
      for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
        try {
          const value = await evaluate<T>(expression);
          if (value) return value;
          last = value;
        } catch (error) {
          last = error; // The popup may still be loading.
        }
      }
      throw new Error(`Popup never showed ${what}; last: ${String(last)}`);
    },
    async click(selector) {
      const box = await evaluate<{ x: number; y: number } | null>(
        `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null;
          el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
      );
      if (!box) throw new Error(`No ${selector} in the popup`);
      for (const type of ['mousePressed', 'mouseReleased']) {
        await call('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
      }
    },
    async screenshot(file) {
      const { data } = await call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, Buffer.from(data, 'base64'));
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
