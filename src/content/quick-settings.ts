// The content script's settings in one storage round trip. WXT's versioned item makes three in a
// row (migration check, init, read), and on a page that is still laying itself out the later
// replies queue behind the page's own tasks: measured on a 100-card page, the settings came
// ~45 ms after DOMContentLoaded that way, and before it with one read. Stored settings of an older
// version, or that fail validation, take the full path (loadSettings: migration, repair, notice).
import { browser } from 'wxt/browser';
import { SETTINGS_VERSION, type Settings } from '../settings/schema';
import { loadSettings, settingsItem } from '../settings/store';
import { validateSettings } from '../settings/validateSettings';

export async function readSettingsQuickly(): Promise<Settings> {
  const key = settingsItem.key.replace(/^local:/, '');
  const metaKey = `${key}$`; // where WXT keeps the item's version
  const stored = await browser.storage.local.get([key, metaKey]);
  const raw: unknown = stored[key];
  const meta = stored[metaKey] as { v?: unknown } | undefined;
  const current = raw == null || (meta?.v ?? 1) === SETTINGS_VERSION;
  if (current) {
    // What loadSettings() returns for these stored values, without the extra round trips.
    const checked = validateSettings(raw ?? settingsItem.fallback);
    if (checked.ok) return checked.value;
  }
  return loadSettings();
}
