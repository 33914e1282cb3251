import { describe, expect, it } from 'vitest';
import { siteAdapters } from '../../../src/sites/registry';
import { siteList } from '../../../src/ui/options/site-list';

describe('site list', () => {
  it('lists every board once, without the generic JSON-LD adapter (that is the permission switch)', () => {
    const ids = siteList().map((s) => s.id);
    expect(ids).not.toContain('jsonld-any');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(siteAdapters.length - 1);
    expect(siteList().every((s) => s.name.trim() !== '')).toBe(true);
  });
});
