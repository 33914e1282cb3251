// Issue 10 part 1: the options page must never lose an edit to a late or reordered echo of its
// own save, and must merge a change made elsewhere without dropping its own pending edits.
// Storage events are held back and delivered newest first, as a busy browser may deliver them.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { criteria } from '../../../src/classifier/criteria';
import { settingsItem } from '../../../src/settings/store';
import { renderOptions } from './render-options';
import { holdStorageEvents, type HeldStorageEvents } from '../storage/held-storage-events';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw storage values, asserted field by field
const stored = async (key: string): Promise<any> => (await fakeBrowser.storage.local.get(key))[key];
const [a, b, c, d] = criteria.filter((x) => x.side === 'management').map((x) => x.id);

let events: HeldStorageEvents;

const renderApp = () => renderOptions();

const slider = (id: string) => screen.getByTestId(`rl-weight-${id}`) as HTMLInputElement;
const move = (id: string, value: number) => fireEvent.input(slider(id), { target: { value: String(value) } });

beforeEach(async () => {
  await fakeBrowser.reset();
  events = holdStorageEvents('local');
});
afterEach(() => {
  cleanup();
  events.restore();
});

describe('options page: no lost edits', () => {
  it('late echoes of its own saves, delivered newest first, do not undo later edits', async () => {
    renderApp();
    await screen.findByTestId(`rl-weight-${a}`);
    events.hold();
    move(a!, 2.5);
    await waitFor(async () => expect((await stored('settings'))?.classifier.weights[a!]).toBe(2.5));
    move(b!, 0);
    await waitFor(async () => expect((await stored('settings'))?.classifier.weights[b!]).toBe(0));
    expect(events.count).toBeGreaterThan(0);
    await events.releaseReversed();
    move(c!, 1.5);
    await waitFor(async () => expect((await stored('settings'))?.classifier.weights).toEqual({ [a!]: 2.5, [b!]: 0, [c!]: 1.5 }));
    // The page shows every edit too, and keeps showing them once every echo has arrived.
    await events.releaseReversed();
    await waitFor(() => expect([slider(a!).value, slider(b!).value, slider(c!).value]).toEqual(['2.5', '0', '1.5']));
    expect(screen.getByTestId('rl-save-status').dataset.state).toBe('saved');
  });

  it('merges a change saved elsewhere (another options tab, the popup) without dropping its own edits', async () => {
    renderApp();
    await screen.findByTestId(`rl-weight-${a}`);
    events.hold();
    move(a!, 2);
    await waitFor(async () => expect((await stored('settings'))?.classifier.weights[a!]).toBe(2));
    // Another page changes a weight and the badge style (its own read-modify-write, as every
    // RoleLens page writes); its events are held back like ours.
    await settingsItem.update(({ value }) => ({
      ...value,
      classifier: { ...value.classifier, weights: { ...value.classifier.weights, [d!]: 0.5 } },
      display: { ...value.display, badgeStyle: 'full' },
    }));
    move(b!, 0.3);
    await events.releaseReversed();
    await waitFor(async () => {
      const s = await stored('settings');
      expect(s.classifier.weights).toEqual({ [a!]: 2, [b!]: 0.3, [d!]: 0.5 });
      expect(s.display.badgeStyle).toBe('full');
    });
    await waitFor(() => expect([slider(a!).value, slider(b!).value, slider(d!).value]).toEqual(['2', '0.3', '0.5']));
    expect((screen.getByTestId('rl-badge-style-full') as HTMLInputElement).checked).toBe(true);
  });
});
