// Trailing debounce with a ceiling: a burst of mutations (infinite scroll appending 25 cards
// node by node) becomes one scan, and a page that never stops mutating still gets scanned.
export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}

export interface Debounced {
  (): void;
  cancel(): void;
}

export function debounce(fn: () => void, wait: number, maxWait: number, timers: Timers): Debounced {
  let timer: number | undefined;
  let firstCallAt: number | undefined;
  const fire = () => {
    timer = undefined;
    firstCallAt = undefined;
    fn();
  };
  const debounced = (() => {
    const now = timers.now();
    firstCallAt ??= now;
    if (timer !== undefined) timers.clearTimeout(timer);
    const remaining = Math.max(0, Math.min(wait, firstCallAt + maxWait - now));
    timer = timers.setTimeout(fire, remaining);
  }) as Debounced;
  debounced.cancel = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    firstCallAt = undefined;
  };
  return debounced;
}
