// Notices the options page shows: things RoleLens did on the user's behalf (e.g. set aside a
// stored value it could not read). Dismissing a notice never deletes the backup it points to.
// The list is a stored item like the others: a corrupt list is repaired (valid notices kept, the
// old value backed up) and says so in a notice of its own.
import * as v from 'valibot';
import { checkKeepingValidParts, formatIssues } from '../schema/check';
import { list, numberBetween, objectOf, text } from '../schema/fields';
import { defineStoredItem, type Repair } from './stored-item';

const noticesSchema = list(
  objectOf({
    id: text(100),
    at: numberBetween(0, Number.MAX_SAFE_INTEGER),
    message: text(10_000),
    /** Storage key (e.g. "local:backup:settings:1732370000000") holding the value set aside. */
    backupKey: v.optional(text(300)),
  }),
);

export type Notice = v.InferOutput<typeof noticesSchema>[number];

function newNotice(notice: Omit<Notice, 'id' | 'at'>): Notice {
  const at = Date.now();
  return { id: `${at}-${Math.random().toString(36).slice(2, 8)}`, at, ...notice };
}

/** What a repair notice says. */
export function repairMessage(repair: Repair): string {
  const problems = formatIssues(repair.issues.slice(0, 5)) + (repair.issues.length > 5 ? `\n… and ${repair.issues.length - 5} more` : '');
  const done = repair.whole
    ? `Your stored ${repair.what} could not be read, so RoleLens went back to the defaults.`
    : `Part of your stored ${repair.what} could not be read: RoleLens kept the rest and dropped what is listed below.`;
  return `${done} The old value is kept under "${repair.backupKey}". Problems found:\n${problems}`;
}

export const noticesItem = defineStoredItem<Notice[]>({
  key: 'local:notices',
  what: 'notices',
  defaults: () => [],
  check: (raw) => checkKeepingValidParts(noticesSchema, raw, 'notices', () => []),
  notify: (repair) => addNotice({ message: repairMessage(repair), backupKey: repair.backupKey }).then(() => undefined),
});

export async function addNotice(notice: Omit<Notice, 'id' | 'at'>): Promise<Notice> {
  const full = newNotice(notice);
  // The newest 50: a value that keeps coming back corrupt must not grow the list for ever.
  await noticesItem.update(({ value }) => [...value, full].slice(-50));
  return full;
}

/** Files a notice about a repair of any stored item. */
export async function noticeOfRepair(repair: Repair): Promise<void> {
  await addNotice({ message: repairMessage(repair), backupKey: repair.backupKey });
}

export async function dismissNotice(id: string): Promise<void> {
  await noticesItem.update(({ value }) => value.filter((n) => n.id !== id));
}
