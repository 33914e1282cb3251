// The user's changes to the training catalogue, kept as an overlay on the shipped one so that
// "restore defaults" is clearing the overlay and new shipped entries still appear after updates.
import type { TrainingEntry } from './types';

export interface UserCatalogue {
  /** Entries the user added (custom: true). */
  added: TrainingEntry[];
  /** Shipped entries the user edited, by id. */
  edited: Record<string, TrainingEntry>;
  /** Shipped entry ids the user removed. */
  removed: string[];
  /** "What I already hold", as typed: an entry's id, name or alias ("MHA"); suggestions skip these. */
  held: string[];
}

export function emptyUserCatalogue(): UserCatalogue {
  return { added: [], edited: {}, removed: [], held: [] };
}

/** The catalogue suggestions come from: shipped entries with the user's overlay applied. */
export function effectiveCatalogue(shipped: readonly TrainingEntry[], user: UserCatalogue): TrainingEntry[] {
  const removed = new Set(user.removed);
  const edited = (id: string) => (Object.prototype.hasOwnProperty.call(user.edited, id) ? user.edited[id] : undefined);
  const kept = shipped.filter((e) => !removed.has(e.id)).map((e) => edited(e.id) ?? e);
  return [...kept, ...user.added];
}
