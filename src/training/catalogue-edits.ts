// Pure edits of the user's catalogue overlay, so the component stays thin and tests stay simple.
import type { UserCatalogue } from './user-catalogue';
import type { TrainingEntry } from './types';

function isShipped(id: string, shipped: readonly TrainingEntry[]): boolean {
  return shipped.some((e) => e.id === id);
}

export function saveEntry(user: UserCatalogue, entry: TrainingEntry, shipped: readonly TrainingEntry[]): UserCatalogue {
  if (isShipped(entry.id, shipped)) return { ...user, edited: { ...user.edited, [entry.id]: entry } };
  const exists = user.added.some((e) => e.id === entry.id);
  const custom = { ...entry, custom: true };
  return {
    ...user,
    added: exists ? user.added.map((e) => (e.id === entry.id ? custom : e)) : [...user.added, custom],
  };
}

export function removeEntry(user: UserCatalogue, id: string, shipped: readonly TrainingEntry[]): UserCatalogue {
  if (isShipped(id, shipped)) {
    const { [id]: _dropped, ...edited } = user.edited;
    return { ...user, edited, removed: user.removed.includes(id) ? user.removed : [...user.removed, id] };
  }
  return { ...user, added: user.added.filter((e) => e.id !== id) };
}

/** Back to the shipped catalogue; what the user holds is theirs and stays. */
export function restoreDefaults(user: UserCatalogue): UserCatalogue {
  return { added: [], edited: {}, removed: [], held: user.held };
}

export function newEntryId(name: string, taken: readonly TrainingEntry[]): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'entry';
  let id = `custom-${slug}`;
  for (let n = 2; taken.some((e) => e.id === id); n++) id = `custom-${slug}-${n}`;
  return id;
}
