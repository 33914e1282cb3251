// Sends a RoleLens protocol message to a tab from the extension's service worker, the way the
// popup does (the @webext-core/messaging envelope: {id, type, data, timestamp} → {res} | {err}).
import type { ExtensionHarness } from './index';

export async function sendToTab<T>(ext: ExtensionHarness, tabId: number, type: string, data: unknown): Promise<T> {
  const sw = await ext.serviceWorker();
  const reply = await sw.evaluate(
    ([tab, t, d]) =>
      (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(
        tab as number,
        { id: Math.floor(Math.random() * 1e9), type: t, data: d, timestamp: Date.now() },
      ),
    [tabId, type, data] as const,
  );
  const { res, err } = (reply ?? {}) as { res?: T; err?: { message?: string } };
  if (err) throw new Error(`${type} failed in the tab: ${err.message ?? JSON.stringify(err)}`);
  return res as T;
}

/** Writes the settings object into extension storage (as the options page would). */
export async function writeSettings(ext: ExtensionHarness, settings: unknown): Promise<void> {
  const sw = await ext.serviceWorker();
  await sw.evaluate(
    (value) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        settings: value,
      }),
    settings,
  );
}
