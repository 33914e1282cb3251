// A data version stamp from a newer RoleLens (after a downgrade): WXT's storage logs an error in
// every context that defines the item and never repairs it. Reads define WXT's item only for an
// older stamp (src/storage/stored-item.ts), so they log nothing; repairFutureVersionStamps sets the
// stamp back, once, keeping an unchanged copy and saying so in a notice.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DATA_VERSION } from '../../../src/storage/data-version';

async function fresh() {
  vi.resetModules();
  return {
    schema: await import('../../../src/settings/schema'),
    store: await import('../../../src/settings/store'),
    corrections: await import('../../../src/corrections/store'),
    notices: await import('../../../src/storage/notices'),
    stamp: await import('../../../src/storage/version-stamp'),
  };
}

/** console.error calls made while `run` defines the items and reads them. */
async function errorsWhile(run: () => Promise<unknown>): Promise<string[]> {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await run();
    return spy.mock.calls.map((args) => args.map(String).join(' '));
  } finally {
    spy.mockRestore();
  }
}

beforeEach(() => fakeBrowser.reset());

describe('repairFutureVersionStamps', () => {
  it('sets a future stamp back to this version, keeps a copy and the value, and says so once', async () => {
    const { schema } = await fresh();
    const future = DATA_VERSION + 3;
    const stored = { ...schema.defaultSettings(), fromTheFuture: true };
    stored.display.minConfidence = 0.6;
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: future }, corrections: [], corrections$: { v: 99 } });

    // Reading does not hand a future stamp to WXT's migrations: nothing logs, and the stamp stays until repaired.
    const before = await errorsWhile(async () => (await fresh()).store.loadSettings());
    expect(before).toEqual([]);
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: future });

    const { stamp, notices } = await fresh();
    expect(await stamp.repairFutureVersionStamps()).toEqual(['local:settings', 'local:corrections']);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all['settings$']).toEqual({ v: DATA_VERSION });
    expect(all['corrections$']).toEqual({ v: DATA_VERSION });
    expect(all['settings']).toEqual(stored); // untouched here; reads validate it
    const list = await notices.noticesItem.load();
    expect(list).toHaveLength(2);
    expect(list[0]?.message).toContain(`data version ${future}`);
    expect(all[list[0]!.backupKey!.slice('local:'.length)]).toEqual(stored);

    // Repaired: defining and reading the item logs nothing, and the settings this version knows are kept.
    let loaded: Awaited<ReturnType<typeof import('../../../src/settings/store').loadSettings>> | undefined;
    const after = await errorsWhile(async () => (loaded = await (await fresh()).store.loadSettings()));
    expect(after).toEqual([]);
    expect(loaded?.display.minConfidence).toBe(0.6);

    // Nothing left to repair: no second notice.
    expect(await (await fresh()).stamp.repairFutureVersionStamps()).toEqual([]);
    expect(await notices.noticesItem.load()).toHaveLength(2);
  });

  it('leaves current and missing stamps alone', async () => {
    const { schema, stamp, notices } = await fresh();
    await fakeBrowser.storage.local.set({ settings: schema.defaultSettings(), settings$: { v: DATA_VERSION } });
    expect(await stamp.repairFutureVersionStamps()).toEqual([]);
    expect(await notices.noticesItem.load()).toEqual([]);
  });
});
