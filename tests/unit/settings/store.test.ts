// Storage behaviour against WXT's fake browser: stored v1 values migrate, corrupt values are
// backed up (never deleted) with a notice, and defaults take over.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DATA_VERSION } from '../../../src/storage/data-version';

const v1 = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'v1.json'), 'utf8'));

/** Fresh modules, so storage items run their migrations against what is stored now. */
async function freshStore() {
  vi.resetModules();
  return {
    store: await import('../../../src/settings/store'),
    schema: await import('../../../src/settings/schema'),
    notices: await import('../../../src/storage/notices'),
    corrections: await import('../../../src/corrections/store'),
    catalogue: await import('../../../src/training/user-catalogue-store'),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('returns defaults when nothing is stored, without a notice', async () => {
    const { store, schema, notices } = await freshStore();
    expect(await store.loadSettings()).toEqual(schema.defaultSettings());
    expect(await notices.noticesItem.load()).toEqual([]);
  });

  it('migrates stored v1 settings, corrections and catalogue to the latest version', async () => {
    await fakeBrowser.storage.local.set({
      settings: v1.settings,
      'settings$': { v: 1 },
      corrections: v1.corrections,
      'corrections$': { v: 1 },
      userCatalogue: v1.catalogue,
      'userCatalogue$': { v: 1 },
    });
    const { store, schema, corrections, catalogue } = await freshStore();
    const settings = await store.loadSettings();
    expect(settings.display.theme).toBe('auto');
    expect(settings.display.badgeStyle).toBe('full');
    expect(settings.classifier).toEqual(v1.settings.classifier);
    expect(await corrections.loadCorrections()).toHaveLength(2);
    expect((await catalogue.loadUserCatalogue()).held).toEqual(['mha']);
    // Each item was migrated in storage when an extension page first read it.
    const raw = await fakeBrowser.storage.local.get(['settings$', 'corrections$', 'userCatalogue$']);
    expect(raw).toEqual({
      'settings$': { v: DATA_VERSION },
      'corrections$': { v: DATA_VERSION },
      'userCatalogue$': { v: DATA_VERSION },
    });
  });

  it('backs up a corrupt value, shows a notice and falls back to defaults', async () => {
    const corrupt = { classifier: { weights: { finance: 'lots' } }, display: 42 };
    await fakeBrowser.storage.local.set({ settings: corrupt, 'settings$': { v: 2 } });
    const { store, schema, notices } = await freshStore();

    expect(await store.loadSettings()).toEqual(schema.defaultSettings());

    const all = await fakeBrowser.storage.local.get(null);
    const backupKeys = Object.keys(all).filter((k) => k.startsWith('backup:settings:'));
    expect(backupKeys).toHaveLength(1);
    expect(all[backupKeys[0]!]).toEqual(corrupt);
    expect(all.settings).toEqual(schema.defaultSettings());

    const list = await notices.noticesItem.load();
    expect(list).toHaveLength(1);
    expect(list[0]!.backupKey).toBe(`local:${backupKeys[0]}`);
    expect(list[0]!.message).toContain('settings.classifier.weights.finance');

    // A second read finds valid settings: no second backup or notice.
    await store.loadSettings();
    expect(await notices.noticesItem.load()).toHaveLength(1);

    // Dismissing the notice keeps the backup.
    await notices.dismissNotice(list[0]!.id);
    expect(await notices.noticesItem.load()).toEqual([]);
    expect((await fakeBrowser.storage.local.get(backupKeys[0]!))[backupKeys[0]!]).toEqual(corrupt);
  });

  it('backs up corrupt corrections too', async () => {
    await fakeBrowser.storage.local.set({ corrections: { not: 'a list' }, 'corrections$': { v: 2 } });
    const { corrections } = await freshStore();
    expect(await corrections.loadCorrections()).toEqual([]);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.entries(all).find(([k]) => k.startsWith('backup:corrections:'))?.[1]).toEqual({ not: 'a list' });
  });

  it('refuses to save invalid settings and keeps the stored ones', async () => {
    const { store, schema } = await freshStore();
    const good = schema.defaultSettings();
    good.display.badgeStyle = 'full';
    await store.updateSettings(() => good);
    const bad = { ...good, classifier: { ...good.classifier, balancedBand: 7 } };
    await expect(store.updateSettings(() => bad)).rejects.toThrow(/balancedBand/);
    expect(await store.loadSettings()).toEqual(good);
  });

  it('tells watchers about changes', async () => {
    const { store, schema } = await freshStore();
    const seen: string[] = [];
    const stop = store.watchSettings((s) => seen.push(s.display.badgeStyle));
    const next = schema.defaultSettings();
    next.display.badgeStyle = 'full';
    await store.updateSettings(() => next);
    await vi.waitFor(() => expect(seen).toEqual(['full']));
    stop();
  });

  it('keeps the valid parts of a stored value with one bad entry (never resets all settings for it)', async () => {
    const stored = { classifier: { weights: { finance: 2, records: 'lots' }, balancedBand: 0.3 }, display: { badgeStyle: 'full', theme: 'neon' } };
    await fakeBrowser.storage.local.set({ settings: stored, 'settings$': { v: 2 } });
    const { store, notices } = await freshStore();
    const settings = await store.loadSettings();
    expect(settings.classifier.weights).toEqual({ finance: 2 });
    expect(settings.classifier.balancedBand).toBe(0.3);
    expect(settings.display.badgeStyle).toBe('full');
    expect(settings.display.theme).toBe('auto');
    const [notice] = await notices.noticesItem.load();
    expect(notice?.message).toMatch(/kept the rest/);
    expect(notice?.message).toContain('settings.classifier.weights.records');
    expect(notice?.message).toContain('settings.display.theme');
    expect((await fakeBrowser.storage.local.get(notice!.backupKey!.slice('local:'.length)))[notice!.backupKey!.slice('local:'.length)]).toEqual(stored);
  });

  it('repairs a corrupt value that arrives while a page watches, and hands the watcher the valid parts', async () => {
    const { store, notices } = await freshStore();
    const seen: unknown[] = [];
    const stop = store.watchSettings((s) => seen.push(s.classifier.weights));
    await fakeBrowser.storage.local.set({ settings: { classifier: { weights: { finance: 2.5, records: -4 } } } });
    await vi.waitFor(() => expect(seen).toContainEqual({ finance: 2.5 }));
    await vi.waitFor(async () => expect(((await fakeBrowser.storage.local.get('settings')).settings as { classifier: { weights: unknown } }).classifier.weights).toEqual({ finance: 2.5 }));
    expect((await notices.noticesItem.load()).map((n) => n.message).join()).toContain('settings.classifier.weights.records');
    stop();
  });

  it('reads the settings in one storage call', async () => {
    const { store, schema } = await freshStore();
    const stored = schema.defaultSettings();
    stored.display.badgeStyle = 'full';
    await fakeBrowser.storage.local.set({ settings: stored, 'settings$': { v: DATA_VERSION } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await store.loadSettings()).toEqual(stored);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('in a content script, migrates an older version in memory and repairs nothing: no write at all', async () => {
    await fakeBrowser.storage.local.set({ settings: v1.settings, 'settings$': { v: 1 }, notices: 'corrupt' });
    const { store } = await freshStore();
    (await import('../../../src/storage/stored-item')).leaveRepairsToExtensionPages();
    const before = await fakeBrowser.storage.local.get(null);
    const settings = await store.loadSettings();
    expect(settings.display.theme).toBe('auto');
    expect(settings.display.badgeStyle).toBe('full');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
