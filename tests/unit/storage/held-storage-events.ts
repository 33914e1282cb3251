// Test helper: holds back a fake storage area's change events and lets them go late, in any
// order, as a busy browser can deliver them (events of one write may trail the next write).
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: unknown[]) => unknown;

export interface HeldStorageEvents {
  /** From now on, events wait until released. */
  hold(): void;
  /** How many events are waiting. */
  readonly count: number;
  /** Delivers the waiting events newest first (and stops holding). */
  releaseReversed(): Promise<void>;
  /** Puts the area's listener methods back. */
  restore(): void;
}

export function holdStorageEvents(area: 'local' | 'session' = 'local'): HeldStorageEvents {
  const event = fakeBrowser.storage[area].onChanged as unknown as {
    addListener(l: Listener): void;
    removeListener(l: Listener): void;
  };
  const add = event.addListener.bind(event);
  const remove = event.removeListener.bind(event);
  const wrappers = new Map<Listener, Listener>();
  const held: (() => unknown)[] = [];
  let holding = false;
  event.addListener = (listener: Listener) => {
    const wrapper: Listener = (...args) => (holding ? void held.push(() => listener(...args)) : listener(...args));
    wrappers.set(listener, wrapper);
    add(wrapper);
  };
  event.removeListener = (listener: Listener) => remove(wrappers.get(listener) ?? listener);
  return {
    hold: () => {
      holding = true;
    },
    get count() {
      return held.length;
    },
    async releaseReversed() {
      holding = false;
      for (const deliver of held.splice(0).reverse()) await deliver();
    },
    restore() {
      event.addListener = add;
      event.removeListener = remove;
    },
  };
}
