import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce, type Timers } from '../../../src/content/debounce';
import { isOwnMutation, watchPage } from '../../../src/content/page-watcher';

/** Manual clock: timers fire only when the test advances time. */
function manualTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id),
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = until;
    },
  };
}

describe('debounce', () => {
  it('turns a burst into one call after the quiet period', () => {
    const timers = manualTimers();
    const fn = vi.fn();
    const run = debounce(fn, 100, 1000, timers);
    run();
    timers.advance(50);
    run();
    timers.advance(50);
    run();
    expect(fn).not.toHaveBeenCalled();
    timers.advance(100);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('still fires by maxWait when calls never stop', () => {
    const timers = manualTimers();
    const fn = vi.fn();
    const run = debounce(fn, 100, 300, timers);
    for (let t = 0; t < 10; t++) {
      run();
      timers.advance(60);
    }
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(fn.mock.calls.length).toBeLessThan(10);
  });

  it('cancel() drops a pending call', () => {
    const timers = manualTimers();
    const fn = vi.fn();
    const run = debounce(fn, 100, 300, timers);
    run();
    run.cancel();
    timers.advance(500);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('watchPage', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  const flushMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('scans once per burst of site mutations and ignores our own badges', async () => {
    const timers = manualTimers();
    const onChange = vi.fn();
    const watcher = watchPage(document.body, onChange, timers, { wait: 100, maxWait: 500 });
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('li'));
    await flushMutations();
    timers.advance(150);
    expect(onChange).toHaveBeenCalledTimes(1);

    document.body.append(document.createElement('rolelens-badge'));
    await flushMutations();
    timers.advance(150);
    expect(onChange).toHaveBeenCalledTimes(1);

    watcher.stop();
    document.body.append(document.createElement('li'));
    await flushMutations();
    timers.advance(150);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('isOwnMutation is false as soon as one site node is involved', () => {
    const badge = document.createElement('rolelens-badge');
    const li = document.createElement('li');
    const record = (nodes: Node[]) =>
      ({ type: 'childList', addedNodes: nodes, removedNodes: [] }) as unknown as MutationRecord;
    expect(isOwnMutation(record([badge]))).toBe(true);
    expect(isOwnMutation(record([badge, li]))).toBe(false);
    expect(isOwnMutation(record([]))).toBe(false);
  });
});
