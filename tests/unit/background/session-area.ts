// A session storage area for the ledger's tests: in memory, with a quota counted the way Chrome
// counts it (more than one byte per JSON character), refusing writes that would not fit.
import type { SessionArea } from '../../../src/background/ledger-store';

export function fakeSessionArea(options: { quotaBytes?: number; bytesPerChar?: number; countBytes?: boolean } = {}) {
  const data = new Map<string, string>();
  const quota = options.quotaBytes ?? Infinity;
  const perChar = options.bytesPerChar ?? 3;
  const size = (key: string, json: string) => Math.ceil((key.length + json.length) * perChar);
  const used = () => [...data].reduce((sum, [k, v]) => sum + size(k, v), 0);
  let writes = 0;
  let refusals = 0;
  const area: SessionArea & { data: typeof data; used: () => number; writes: () => number; refusals: () => number } = {
    data,
    used,
    writes: () => writes,
    refusals: () => refusals,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of keys) if (data.has(k)) out[k] = JSON.parse(data.get(k)!);
      return out;
    },
    async set(items) {
      const next = new Map(data);
      for (const [k, v] of Object.entries(items)) next.set(k, JSON.stringify(v));
      const total = [...next].reduce((sum, [k, v]) => sum + size(k, v), 0);
      if (total > quota) {
        refusals++;
        throw new Error(`Session storage quota bytes exceeded (${total} > ${quota})`);
      }
      writes++;
      for (const [k, v] of next) data.set(k, v);
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
    async bytesInUse() {
      return options.countBytes === false ? null : used();
    },
  };
  return area;
}
