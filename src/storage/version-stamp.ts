// A version stamp from the future. WXT's storage keeps each versioned item's data version in the
// item's meta (`settings$` = { v }). After a downgrade (a newer RoleLens wrote v3, this one reads
// v2) WXT refuses to migrate: it logs "Version downgrade detected" in every context that defines
// the item and never fixes the stamp (stored-item.ts defines WXT's item only for an older stamp, so
// reads do not log; a write would set the stamp back with no copy). The background repairs it once at
// start: an unchanged copy of the value goes to a backup key, the stamp is set to this version,
// and a notice says so. The value itself stays; every read validates it (stored-item.ts), keeping
// what this version understands and setting the rest aside.
import { storage } from '#imports';
import { DATA_VERSION } from './data-version';
import { addNotice } from './notices';

/** The versioned items (all on DATA_VERSION) and what the notice calls them. */
export const VERSIONED_ITEMS = [
  { key: 'local:settings', what: 'settings' },
  { key: 'local:corrections', what: 'corrections' },
  { key: 'local:userCatalogue', what: 'training catalogue edits' },
] as const;

type StorageKey = `local:${string}`;

/** Sets every stamp newer than `version` back to it; returns the keys repaired. */
export async function repairFutureVersionStamps(
  items: readonly { key: StorageKey; what: string }[] = VERSIONED_ITEMS,
  version: number = DATA_VERSION,
): Promise<string[]> {
  const repaired: string[] = [];
  for (const { key, what } of items) {
    const meta = await storage.getMeta<{ v?: unknown }>(key);
    const stamped = meta?.v;
    if (typeof stamped !== 'number' || !(stamped > version)) continue;
    const value: unknown = await storage.getItem(key);
    const backupKey: StorageKey = `local:backup:${key.slice('local:'.length)}:v${stamped}:${Date.now()}`;
    if (value != null) await storage.setItem(backupKey, value);
    await storage.setMeta(key, { v: version });
    await addNotice({
      message:
        `Your ${what} were saved by a newer version of RoleLens (data version ${stamped}); this one reads version ${version}. ` +
        `They are now read as version ${version}, keeping what this version understands. An unchanged copy is kept under "${backupKey}".`,
      backupKey: value != null ? backupKey : undefined,
    });
    repaired.push(key);
  }
  return repaired;
}
