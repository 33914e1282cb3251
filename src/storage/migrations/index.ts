// Every migration step, in order, in one place. Storage items and imported files both use them.
// To change a stored shape: bump DATA_VERSION (../data-version.ts), add vN-to-vN+1.ts here, and add a realistic
// vN example under tests/unit/settings/fixtures (the migration test picks it up).
import { DATA_VERSION } from '../data-version';
import type { MigrationStep, StoredPart } from './types';
import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';

export const migrationSteps: readonly MigrationStep[] = [v1ToV2, v2ToV3];

/** The `migrations` map WXT's storage.defineItem wants for one part: target version → function. */
export function itemMigrations(part: StoredPart): Record<number, (old: unknown) => unknown> {
  const map: Record<number, (old: unknown) => unknown> = {};
  for (const step of migrationSteps) {
    const fn = step[part];
    map[step.from + 1] = fn ?? ((old) => old);
  }
  return map;
}

/** Migrates one part from `version` to the latest. */
export function migratePart(part: StoredPart, value: unknown, version: number): unknown {
  if (!Number.isInteger(version) || version < 1) throw new Error(`Unknown data version ${version}.`);
  if (version > DATA_VERSION)
    throw new Error(
      `This file is from a newer RoleLens (data version ${version}; this one reads up to ${DATA_VERSION}). Update RoleLens first.`,
    );
  let out = value;
  for (const step of migrationSteps) {
    if (step.from >= version) out = step[part]?.(out) ?? out;
  }
  return out;
}
