// Typed storage items (WXT storage) for settings. Versions and migrations come from ./migrations;
// a corrupt value is set aside (see safeLoad.ts). Corrections and the catalogue have their own
// items (src/corrections/store.ts, ./catalogueStore.ts) on the same version.
import { storage } from '#imports';
import { itemMigrations } from './migrations';
import { loadOrRepair } from './safeLoad';
import { defaultSettings, SETTINGS_VERSION, type Settings } from './schema';
import { validateSettings } from './validateSettings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: itemMigrations('settings'),
});

/** The user's settings, validated; a corrupt stored value is backed up and replaced by defaults. */
export async function loadSettings(): Promise<Settings> {
  return loadOrRepair(settingsItem, validateSettings, defaultSettings, 'settings');
}

export async function saveSettings(settings: Settings): Promise<void> {
  const checked = validateSettings(settings);
  if (!checked.ok) throw new Error(`Refusing to save invalid settings: ${checked.issues[0]?.path} ${checked.issues[0]?.message}`);
  await settingsItem.setValue(checked.value);
}

/** Calls back with the new settings whenever any extension page changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    const checked = validateSettings(value ?? defaultSettings());
    callback(checked.ok ? checked.value : defaultSettings());
  });
}
