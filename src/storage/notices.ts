// Notices the options page shows: things RoleLens did on the user's behalf (e.g. set aside a
// stored value it could not read). Dismissing a notice never deletes the backup it points to.
// The list is a stored item like the others: a corrupt list is repaired (valid notices kept, the
// old value backed up) and says so in a notice of its own.
import { defineStoredItem, type Repair } from './stored-item';
import { describe, formatIssues, isRecord, type Checked, type ValidationIssue } from './validation';

export interface Notice {
  id: string;
  at: number;
  message: string;
  /** Storage key (e.g. "local:backup:settings:1732370000000") holding the value set aside. */
  backupKey?: string;
}

/** Keeps every well-formed notice; names each one dropped. */
export function checkNotices(raw: unknown): Checked<Notice[]> {
  if (!Array.isArray(raw)) return { value: [], issues: [{ path: 'notices', message: `must be a list, got ${describe(raw)}` }], whole: true };
  const issues: ValidationIssue[] = [];
  const value: Notice[] = [];
  raw.forEach((n, i) => {
    const ok =
      isRecord(n) &&
      typeof n.id === 'string' &&
      typeof n.message === 'string' &&
      typeof n.at === 'number' &&
      Number.isFinite(n.at) &&
      (n.backupKey === undefined || typeof n.backupKey === 'string');
    if (!ok) {
      issues.push({ path: `notices[${i}]`, message: 'is not a notice (id, at, message); dropped' });
      return;
    }
    value.push({ id: n.id as string, at: n.at as number, message: n.message as string, ...(typeof n.backupKey === 'string' ? { backupKey: n.backupKey } : {}) });
  });
  return { value, issues };
}

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
  check: checkNotices,
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
