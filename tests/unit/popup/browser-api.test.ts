import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { explainRequestItem } from '../../../src/shared/session-items';
import { userCatalogueItem } from '../../../src/training/user-catalogue-store';
import { emptyUserCatalogue } from '../../../src/training/user-catalogue';
import { loadSettings } from '../../../src/settings/store';
import { browserApi } from '../../../src/ui/popup/browser-api';

/** The fake browser has no focused window after reset; answer "the active tab" directly. */
function activeTab(id: number) {
  // Typed loosely: the fake's query has callback overloads that mockResolvedValue cannot pick from.
  (vi.spyOn(fakeBrowser.tabs, 'query') as unknown as { mockResolvedValue(v: unknown): void }).mockResolvedValue([{ id }]);
  return { id };
}

function setQuery(search: string) {
  window.history.replaceState(null, '', `/popup.html${search}`);
}

describe('browserApi (with WXT’s fake browser)', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    setQuery('');
  });

  it('takes the tab and posting from ?tab=&job=', async () => {
    setQuery('?tab=12&job=abc%2F1');
    expect(await browserApi.resolveTarget()).toEqual({ tabId: 12, jobId: 'abc/1' });
  });

  it('ignores a malformed ?tab= and falls back to the active tab', async () => {
    const tab = activeTab(5);
    setQuery('?tab=12x');
    expect(await browserApi.resolveTarget()).toEqual({ tabId: tab.id, jobId: null });
  });

  it('opens on the posting a badge asked for, once, and only for that tab while fresh', async () => {
    const tab = activeTab(5);
    await explainRequestItem.setValue({ tabId: tab.id, jobId: 'j9', at: Date.now() });
    expect(await browserApi.resolveTarget()).toEqual({ tabId: tab.id, jobId: 'j9' });
    // Used up: the next opening shows the tab as usual.
    expect(await browserApi.resolveTarget()).toEqual({ tabId: tab.id, jobId: null });

    await explainRequestItem.setValue({ tabId: tab.id, jobId: 'old', at: Date.now() - 5 * 60_000 });
    expect((await browserApi.resolveTarget()).jobId).toBeNull();
    await explainRequestItem.setValue({ tabId: tab.id + 100, jobId: 'other-tab', at: Date.now() });
    expect((await browserApi.resolveTarget()).jobId).toBeNull();
  });

  it('writes the tag filter into the settings and reads it back, leaving the rest alone', async () => {
    const before = await loadSettings();
    await browserApi.saveTagFilter({ mode: 'hide', label: 'administration' });
    expect(await browserApi.loadTagFilter()).toEqual({ mode: 'hide', label: 'administration' });
    const after = await loadSettings();
    expect({ ...after, display: { ...after.display, tagFilter: before.display.tagFilter } }).toEqual(before);
  });

  it('applies the user’s catalogue overlay and what they hold', async () => {
    await userCatalogueItem.update(() => ({ ...emptyUserCatalogue(), removed: ['fache'], held: ['cpc'] }));
    const { catalogue, held } = await browserApi.loadTraining();
    expect(held).toEqual(['cpc']);
    expect(catalogue.map((e) => e.id)).not.toContain('fache');
    expect(catalogue.map((e) => e.id)).toContain('mha');
  });
});
