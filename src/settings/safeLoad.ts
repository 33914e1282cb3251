// Reading a stored value that may be corrupt (hand-edited, written by a buggy build, half-migrated).
// A value of the wrong shape is copied to a backup key, a notice says so, and defaults take its
// place: the user keeps working and nothing is lost.
import { storage } from '#imports';
import { addNotice } from './notices';
import { formatIssues, type Validated } from './validate';

export interface ReadableItem<T> {
  key: string;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

function backupKeyFor(itemKey: string, at: number): `local:${string}` {
  return `local:backup:${itemKey.replace(/^(local|sync|session|managed):/, '')}:${at}`;
}

export async function loadOrRepair<T>(
  item: ReadableItem<T>,
  validate: (raw: unknown) => Validated<T>,
  defaults: () => T,
  what: string,
): Promise<T> {
  const raw: unknown = await item.getValue();
  const checked = validate(raw);
  if (checked.ok) return checked.value;
  // Another page may have repaired it meanwhile; only set aside a value that is still there.
  const again: unknown = await item.getValue();
  if (JSON.stringify(again) !== JSON.stringify(raw)) {
    const recheck = validate(again);
    if (recheck.ok) return recheck.value;
  }
  const backupKey = backupKeyFor(item.key, Date.now());
  await storage.setItem(backupKey, raw);
  const fresh = defaults();
  await item.setValue(fresh);
  await addNotice({
    message: `Your stored ${what} could not be read, so RoleLens went back to the defaults. The old value is kept under "${backupKey}". Problems found:\n${formatIssues(checked.issues.slice(0, 5))}`,
    backupKey,
  });
  return fresh;
}
