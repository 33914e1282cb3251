// One writer at a time for a stored item's read-modify-write, across every extension page and
// the background (they share an origin, so the Web Locks API spans them all). Where there is no
// navigator.locks (tests, content scripts of old browsers) the calls queue within this context.
const queues = new Map<string, Promise<unknown>>();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | null {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

export function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  // Queued here as well: one context's own calls keep their order even where locks are shared.
  const previous = queues.get(name) ?? Promise.resolve();
  const locks = lockManager();
  const run = previous.catch(() => undefined).then(() => (locks ? locks.request(`rolelens:${name}`, task) : task()));
  queues.set(name, run);
  void run.finally(() => {
    if (queues.get(name) === run) queues.delete(name);
  }).catch(() => undefined);
  return run;
}
