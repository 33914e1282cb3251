// A stored item edited by a page: what to show, how to change it, and whether it is saved
// (see src/storage/edit-session.ts for how edits and outside changes meet).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { EditSession, type SaveStatus } from '../../storage/edit-session';
import type { StoredItem } from '../../storage/stored-item';

export interface Edited<T> {
  /** null until the stored value has been read. */
  value: T | null;
  edit: (change: (current: T) => T) => void;
  status: SaveStatus;
}

export function useEditSession<T>(item: StoredItem<T>, delayMs: number): Edited<T> {
  const [shown, setShown] = useState<{ value: T | null; status: SaveStatus }>({ value: null, status: { state: 'loading' } });
  const session = useMemo(
    () => new EditSession(item, { delayMs, onUpdate: (value, status) => setShown({ value, status }) }),
    [item, delayMs],
  );
  useEffect(() => {
    session.start();
    return () => session.stop();
  }, [session]);
  return { value: shown.status.state === 'loading' ? null : shown.value, edit: (change) => session.edit(change), status: shown.status };
}
