// Typed storage items (WXT storage). Contract first; the options work adds migrations,
// validation, backups of corrupt values, corrections and the training catalogue.
import { storage } from '#imports';
import { defaultSettings, SETTINGS_VERSION, type Settings } from './schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
});

export async function loadSettings(): Promise<Settings> {
  return settingsItem.getValue();
}

/** Calls back with the new settings whenever any extension page changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(value ?? defaultSettings()));
}
