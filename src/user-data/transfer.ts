// Export and import of everything the user made: settings, corrections, training catalogue.
// An import is checked completely before anything is written, then written in one storage call,
// so a bad file changes nothing and a good one never leaves a half-imported state.
import { correctionsItem, loadCorrections } from '../corrections/store';
import type { Correction } from '../corrections/types';
import { checkImportedCorrections } from '../corrections/schema';
import type { UserCatalogue } from '../training/user-catalogue';
import { loadUserCatalogue, userCatalogueItem } from '../training/user-catalogue-store';
import { checkImportedSettings, type Settings } from '../settings/schema';
import { loadSettings, settingsItem } from '../settings/store';
import { readExportEnvelope } from '../schema/export-file';
import { DATA_VERSION } from '../storage/data-version';
import { migratePart } from '../storage/migrations';
import { replaceTogether, type StoredItem } from '../storage/stored-item';
import type { StoredPart } from '../storage/migrations/types';
import { isRecord, type ValidationIssue, type Validated } from '../schema/check';
import { checkImportedCatalogue } from '../training/schema';

export const EXPORT_FORMAT = 'rolelens-export';
/** Far above any real export; refuses a wrong file (a video, a database dump) early. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export interface ExportBundle {
  settings: Settings;
  corrections: Correction[];
  catalogue: UserCatalogue;
}

export interface ExportFile extends ExportBundle {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
}

export async function loadBundle(): Promise<ExportBundle> {
  const [settings, corrections, catalogue] = await Promise.all([
    loadSettings(),
    loadCorrections(),
    loadUserCatalogue(),
  ]);
  return { settings, corrections, catalogue };
}

function toExportFile(bundle: ExportBundle, now = new Date()): ExportFile {
  return { format: EXPORT_FORMAT, version: DATA_VERSION, exportedAt: now.toISOString(), ...bundle };
}

export function exportText(bundle: ExportBundle, now = new Date()): string {
  return `${JSON.stringify(toExportFile(bundle, now), null, 2)}\n`;
}

export function exportFileName(now = new Date()): string {
  return `rolelens-settings-${now.toISOString().slice(0, 10)}.json`;
}

/** The ids this version of RoleLens knows: an import naming any other is refused, by name. */
export interface KnownIds {
  criteria?: readonly string[];
  sites?: readonly string[];
  trainingIds?: readonly string[];
}

/**
 * Parses, migrates and validates an export file's text. Writes nothing. Every problem is named
 * and nothing is imported unless the whole file is valid (the user is there to fix the file).
 * `known` refuses weights, cues and features of unknown criteria, switches of unknown boards and
 * edits of unknown training entries.
 */
export function parseImport(text: string, known: KnownIds = {}): Validated<ExportBundle> & { fromVersion?: number } {
  const file = readExportEnvelope(text, { format: EXPORT_FORMAT, what: 'a RoleLens export', latestVersion: DATA_VERSION, maxBytes: IMPORT_MAX_BYTES });
  if (!file.ok) return file;
  const { raw, version } = file;

  const issues: ValidationIssue[] = [];
  const part = <T>(name: StoredPart, validate: (v: unknown, path: string) => Validated<T>): T | undefined => {
    if (!Object.prototype.hasOwnProperty.call(raw, name)) {
      issues.push({ path: name, message: 'is missing.' });
      return undefined;
    }
    const checked = validate(migratePart(name, raw[name], version), name);
    if (checked.ok) return checked.value;
    issues.push(...checked.issues);
    return undefined;
  };
  const settings = part('settings', (v, p) => checkImportedSettings(v, p, known));
  const corrections = part('corrections', (v, p) => checkImportedCorrections(v, p, known));
  const catalogue = part('catalogue', (v, p) => checkImportedCatalogue(v, p, known));
  if (issues.length > 0 || !settings || !corrections || !catalogue) return { ok: false, issues };
  return { ok: true, value: { settings, corrections, catalogue }, fromVersion: version };
}

/** Writes a parsed bundle: one storage call, each part validated and stamped with a new revision. */
export async function applyImport(bundle: ExportBundle): Promise<void> {
  await replaceTogether([
    { item: settingsItem as StoredItem<unknown>, value: bundle.settings },
    { item: correctionsItem as StoredItem<unknown>, value: bundle.corrections },
    { item: userCatalogueItem as StoredItem<unknown>, value: bundle.catalogue },
  ]);
}
