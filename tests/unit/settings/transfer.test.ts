// Export → import round trip, and imports that must change nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

async function modules() {
  vi.resetModules();
  return {
    transfer: await import('../../../src/user-data/transfer'),
    store: await import('../../../src/settings/store'),
    schema: await import('../../../src/settings/schema'),
    corrections: await import('../../../src/corrections/store'),
    catalogue: await import('../../../src/training/user-catalogue-store'),
  };
}

beforeEach(() => fakeBrowser.reset());

async function seed(m: Awaited<ReturnType<typeof modules>>) {
  const s = m.schema.defaultSettings();
  s.classifier.weights = { finance: 1.7, records_management: 0.4 };
  s.classifier.customCues = [{ phrase: 'service line growth', criterionId: 'finance', weight: 2 }];
  s.display.notApplicable = 'hide';
  s.sites.enabled = { linkedin: false };
  await m.store.updateSettings(() => s);
  await m.corrections.addCorrection('job-1', { finance: 2, records_management: -1 }, 'administration', s.classifier.weights, { title: 'Revenue Cycle Manager' });
  await m.catalogue.updateUserCatalogue(() => ({ added: [], edited: {}, removed: ['cpc'], held: ['mha'] }));
}

/** Storage without the revision stamps in the items' meta keys ("settings$": { v, rev }). */
function withoutStamps(all: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(all).map(([k, v]) => [k, k.endsWith('$') && v && typeof v === 'object' ? { ...v, rev: undefined } : v]),
  );
}

describe('export and import', () => {
  it('round-trips exactly', async () => {
    const m = await modules();
    await seed(m);
    const before = await fakeBrowser.storage.local.get(null);
    const text = m.transfer.exportText(await m.transfer.loadBundle(), new Date('2026-11-23T10:00:00Z'));

    await fakeBrowser.storage.local.clear();
    const parsed = m.transfer.parseImport(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    await m.transfer.applyImport(parsed.value);

    // The same data; only the writes' revision stamps are new.
    expect(withoutStamps(await fakeBrowser.storage.local.get(null))).toEqual(withoutStamps(before));
    const again = m.transfer.exportText(await m.transfer.loadBundle(), new Date('2026-11-23T10:00:00Z'));
    expect(again).toBe(text);
  });

  it.each([
    ['not JSON', '{"format": ', 'file', 'not valid JSON'],
    ['a list', '[]', 'file', 'JSON object'],
    ['another format', '{"format":"other"}', 'format', 'RoleLens export'],
    ['a future version', '{"format":"rolelens-export","version":99}', 'version', 'newer RoleLens'],
    ['missing parts', '{"format":"rolelens-export","version":2,"settings":{}}', 'corrections', 'missing'],
    [
      'a bad weight',
      '{"format":"rolelens-export","version":2,"settings":{"classifier":{"weights":{"finance":-1}}},"corrections":[],"catalogue":{}}',
      'settings.classifier.weights.finance',
      'between 0 and 3',
    ],
    [
      'an http link',
      '{"format":"rolelens-export","version":2,"settings":{},"corrections":[],"catalogue":{"added":[{"id":"x","name":"X","kind":"course","link":"http://x.org"}]}}',
      'catalogue.added[0].link',
      'https',
    ],
  ])('refuses %s, says what is wrong, and changes nothing', async (_name, text, where, message) => {
    const m = await modules();
    await seed(m);
    const before = await fakeBrowser.storage.local.get(null);
    const parsed = m.transfer.parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues[0]?.path).toBe(where);
      expect(parsed.issues[0]?.message).toContain(message);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('refuses crafted keys (issue 11 item 8) and names each one, instead of saying "Imported"', async () => {
    const m = await modules();
    const entry = { id: 'x', name: 'X', kind: 'course' };
    const text = `{"format":"rolelens-export","version":2,"settings":{},
      "corrections":[{"jobId":"j","label":"management","at":1,"features":{"toString":1,"finance":2}}],
      "catalogue":{"edited":{"__proto__":${JSON.stringify(entry)},"mha":${JSON.stringify({ ...entry, id: 'mha' })}}}}`;
    const parsed = m.transfer.parseImport(text, { criteria: ['finance'], trainingIds: ['mha'] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues.map((i) => i.path).sort()).toEqual(['catalogue.edited.__proto__', 'corrections[0].features.toString']);
    // Reserved names are refused even where any id is allowed.
    const loose = m.transfer.parseImport(text);
    expect(loose.ok).toBe(false);
    if (!loose.ok) expect(loose.issues.map((i) => i.path)).toEqual(['catalogue.edited.__proto__']);
  });
});
