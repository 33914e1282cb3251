// The content script's one-read settings path gives exactly what loadSettings() gives for stored
// values of the current and older versions (old versions migrate); a corrupt value is read as
// its checked value, and only the extension's own pages and background repair it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DATA_VERSION } from '../../../src/storage/data-version';

const v1 = JSON.parse(readFileSync(path.join(__dirname, '..', 'settings', 'fixtures', 'v1.json'), 'utf8'));

/** Fresh modules, so the storage item runs its migration against what is stored now. */
async function fresh() {
  vi.resetModules();
  return {
    quick: await import('../../../src/content/quick-settings'),
    store: await import('../../../src/settings/store'),
    schema: await import('../../../src/settings/schema'),
    notices: await import('../../../src/storage/notices'),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readSettingsQuickly', () => {
  it('gives the defaults when nothing is stored, and writes nothing', async () => {
    const { quick, schema } = await fresh();
    expect(await quick.readSettingsQuickly()).toEqual(schema.defaultSettings());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('gives the stored settings of the current version in one storage read', async () => {
    const { schema } = await fresh();
    const stored = schema.defaultSettings();
    stored.display.badgeStyle = 'full';
    stored.sites.enabled = { indeed: false };
    await fakeBrowser.storage.local.set({ settings: stored, 'settings$': { v: DATA_VERSION } });
    const { quick, store } = await fresh();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the item's own start-up reads are done
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const settings = await quick.readSettingsQuickly();
    expect(get).toHaveBeenCalledTimes(1);
    expect(settings).toEqual(stored);
    expect(settings).toEqual(await store.loadSettings());
  });

  it('migrates settings of an older version the way loadSettings does', async () => {
    await fakeBrowser.storage.local.set({ settings: v1.settings, 'settings$': { v: 1 } });
    const { quick, schema } = await fresh();
    const settings = await quick.readSettingsQuickly();
    expect(settings.display.badgeStyle).toBe('full');
    expect(settings.classifier).toEqual(v1.settings.classifier);
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: DATA_VERSION });
  });

  it('reads a corrupt value as its checked value and leaves the repair to the extension pages', async () => {
    const corrupt = { classifier: { weights: { finance: 'lots' } }, display: 42 };
    await fakeBrowser.storage.local.set({ settings: corrupt, 'settings$': { v: 2 } });
    const { quick, store } = await fresh();
    (await import('../../../src/storage/stored-item')).leaveRepairsToExtensionPages();
    expect(await quick.readSettingsQuickly()).toEqual(store.settingsItem.check(corrupt).value);
    // Nothing written from the page: no backup, no notice, the value as it was.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: corrupt, 'settings$': { v: 2 } });
  });
});
