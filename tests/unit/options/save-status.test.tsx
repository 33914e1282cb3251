// Issue 11 item 3: a corrupt stored `notices` value must not stop the options page from saving,
// and the save status says what really happened (never "All changes saved." for a lost write).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { criteria } from '../../../src/classifier/criteria';
import { renderOptions } from './render-options';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw storage values
const stored = async (key: string): Promise<any> => (await fakeBrowser.storage.local.get(key))[key];
const someCriterion = criteria.find((c) => c.side === 'management')!.id;

const renderApp = () => renderOptions();

const status = () => screen.getByTestId('rl-save-status');

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('options page save status', () => {
  it.each([
    ['a string', 'oops'],
    ['an object', { 0: 'not a list' }],
    ['a list with a broken notice', [{ id: 'n1', at: 1, message: 'kept' }, { message: 42 }]],
  ])('keeps saving when the stored notices are %s, and repairs them with a notice', async (_what, notices) => {
    await fakeBrowser.storage.local.set({ notices });
    renderApp();
    const slider = await screen.findByTestId(`rl-weight-${someCriterion}`);
    fireEvent.input(slider, { target: { value: '2.5' } });
    await waitFor(async () => expect((await stored('settings'))?.classifier.weights[someCriterion]).toBe(2.5));
    await waitFor(() => expect(status().dataset.state).toBe('saved'));
    // The notices are a list again: what could be kept, plus one saying what was set aside.
    await waitFor(async () => expect(Array.isArray(await stored('notices'))).toBe(true));
    const repaired = (await stored('notices')) as { message: string; backupKey?: string }[];
    expect(repaired.some((n) => /notices/.test(n.message) && n.backupKey?.startsWith('local:backup:notices:'))).toBe(true);
    await waitFor(() => expect(screen.getAllByTestId('rl-notice').length).toBe(repaired.length));
  });

  it('says a change was not saved when storage refuses the write, and saves it on the next change', async () => {
    renderApp();
    const slider = await screen.findByTestId(`rl-weight-${someCriterion}`);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.input(slider, { target: { value: '2' } });
    await waitFor(() => expect(status().dataset.state).toBe('error'));
    expect(status().textContent).toMatch(/quota/);
    expect(await stored('settings')).toBeUndefined();
    set.mockRestore();
    fireEvent.input(screen.getByTestId(`rl-weight-${criteria.find((c) => c.side === 'administration')!.id}`), { target: { value: '0.5' } });
    await waitFor(async () => expect((await stored('settings'))?.classifier.weights[someCriterion]).toBe(2));
    await waitFor(() => expect(status().dataset.state).toBe('saved'));
  });
});
