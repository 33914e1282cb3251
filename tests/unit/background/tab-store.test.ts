import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyTabState } from '../../../src/background/tab-state';
import { readSettledTabState, readTabState, updateTabState } from '../../../src/background/tab-store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('tab store', () => {
  it('serialises writes to one tab, so two batches arriving together both land', async () => {
    const first = updateTabState(3, (previous) => ({ ...(previous ?? emptyTabState('https://a.example/', null, 1)), updatedAt: 10 }));
    const second = updateTabState(3, (previous) => ({ ...previous!, url: 'https://b.example/', updatedAt: (previous?.updatedAt ?? 0) + 1 }));
    await Promise.all([first, second]);
    expect(await readTabState(3)).toMatchObject({ url: 'https://b.example/', updatedAt: 11 });
  });

  it('a settled read waits for the writes already queued (the classify reply does not)', async () => {
    const write = updateTabState(5, () => emptyTabState('https://jobs.example/list', 'example', 42));
    // Not awaited, as in the classify handler: the popup's read must still see the new state.
    expect(await readSettledTabState(5)).toMatchObject({ url: 'https://jobs.example/list', updatedAt: 42 });
    await write;
  });
});
