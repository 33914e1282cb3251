// Notices the options page shows: things RoleLens did on the user's behalf (e.g. set aside a
// corrupt stored value). Dismissing a notice never deletes the backup it points to.
import { storage } from '#imports';

export interface Notice {
  id: string;
  at: number;
  message: string;
  /** Storage key (e.g. "local:backup:settings:1732370000000") holding the value set aside. */
  backupKey?: string;
}

export const noticesItem = storage.defineItem<Notice[]>('local:notices', { fallback: [] });

export async function addNotice(notice: Omit<Notice, 'id' | 'at'>): Promise<Notice> {
  const at = Date.now();
  const full: Notice = { id: `${at}-${Math.random().toString(36).slice(2, 8)}`, at, ...notice };
  const current = await noticesItem.getValue();
  await noticesItem.setValue([...(Array.isArray(current) ? current : []), full]);
  return full;
}

export async function dismissNotice(id: string): Promise<void> {
  const current = await noticesItem.getValue();
  await noticesItem.setValue((Array.isArray(current) ? current : []).filter((n) => n.id !== id));
}
