// The user's settings in storage (see src/storage/stored-item.ts: validated reads that repair,
// revisioned writes under one lock, watches that read afresh). Versions and migrations come from
// src/storage/migrations.
import { itemMigrations } from '../storage/migrations';
import { noticeOfRepair } from '../storage/notices';
import { defineStoredItem } from '../storage/stored-item';
import { checkSettings, defaultSettings, type Settings } from './schema';

export const settingsItem = defineStoredItem<Settings>({
  key: 'local:settings',
  what: 'settings',
  defaults: defaultSettings,
  check: checkSettings,
  migrations: itemMigrations('settings'),
  notify: noticeOfRepair,
});

/** The user's settings, validated; a corrupt stored value is repaired with a notice. */
export function loadSettings(): Promise<Settings> {
  return settingsItem.load();
}

/** Changes the stored settings from their current value (never from a copy that may be stale). */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return (await settingsItem.update(({ value }) => change(value))).value;
}

/** Calls back with the new settings whenever any extension page changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch(callback);
}
