// Readers that work in steps (generators yielding between pieces of work): the content script's
// scanner runs them in time slices and yields to the page between slices, so reading a big page
// never blocks it for long; everyone else runs them to the end at once with drain().

/** Runs a stepwise reader to its end. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
