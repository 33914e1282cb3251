// The content script's settings in one storage round trip. The stored item's read makes two in a
// row (WXT's migration check, then value and stamp), and on a page that is still laying itself
// out the later reply queues behind the page's own tasks: measured on a 100-card page, the
// settings came ~45 ms after DOMContentLoaded that way, and before it with one read. Stored
// settings of an older version take the full path (loadSettings: migration, checks).
import { browser } from 'wxt/browser';
import type { Settings } from '../settings/schema';
import { loadSettings, settingsItem } from '../settings/store';
import { DATA_VERSION } from '../storage/data-version';

export async function readSettingsQuickly(): Promise<Settings> {
  const key = settingsItem.key.replace(/^local:/, '');
  const metaKey = `${key}$`; // where WXT keeps the item's version
  const stored = await browser.storage.local.get([key, metaKey]);
  const raw: unknown = stored[key];
  const meta = stored[metaKey] as { v?: unknown } | undefined;
  if (raw == null) return settingsItem.defaults();
  // The same check every reader applies (valid parts kept); the repair itself is the background's.
  if ((meta?.v ?? 1) === DATA_VERSION) return settingsItem.check(raw).value;
  return loadSettings();
}
