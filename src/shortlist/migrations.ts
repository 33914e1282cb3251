// Versions of the stored and exported shortlist, on the settings' pattern (src/settings/migrations):
// each step moves a value from `from` to `from + 1`, accepts anything (a corrupt value passes
// through and validation catches it), and the storage item and imports walk the same steps.
// To change the stored shape: bump SHORTLIST_VERSION, add a step here, and a realistic example of
// the old version under tests/unit/shortlist/fixtures (the migration test reads every file there).

/** Version of the stored shortlist and of shortlist export files. */
export const SHORTLIST_VERSION = 1;

export interface ShortlistMigrationStep {
  from: number;
  /** Short reason, kept for whoever adds the next step. */
  why: string;
  up: (old: unknown) => unknown;
}

/** Every step, in order. Version 1 is the first shape, so there are none yet. */
export const shortlistMigrationSteps: readonly ShortlistMigrationStep[] = [];

/** The `migrations` map WXT's storage.defineItem wants: target version → function. */
export function shortlistItemMigrations(
  steps: readonly ShortlistMigrationStep[] = shortlistMigrationSteps,
): Record<number, (old: unknown) => unknown> {
  return Object.fromEntries(steps.map((step) => [step.from + 1, step.up]));
}

/** Migrates a value of `version` to `latest`; a newer or nonsense version is refused with a message. */
export function migrateShortlist(
  value: unknown,
  version: number,
  steps: readonly ShortlistMigrationStep[] = shortlistMigrationSteps,
  latest = SHORTLIST_VERSION,
): unknown {
  if (!Number.isInteger(version) || version < 1) throw new Error(`Unknown shortlist version ${version}.`);
  if (version > latest)
    throw new Error(
      `This shortlist is from a newer RoleLens (version ${version}; this one reads up to ${latest}). Update RoleLens first.`,
    );
  return steps.reduce((out, step) => (step.from >= version ? step.up(out) : out), value);
}
