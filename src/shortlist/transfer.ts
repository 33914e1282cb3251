// Export of the shortlist as JSON (to import back, in this or another browser) and as CSV (for a
// spreadsheet), and the import of a JSON export: parsed, migrated and validated completely before
// anything is written, so a bad file changes nothing.
import { formatIssues, isRecord, type Validated } from '../schema/check';
import { readExportEnvelope } from '../schema/export-file';
import { IMPORT_MAX_BYTES } from './limits';
import { migrateShortlist, SHORTLIST_VERSION } from './migrations';
import { scopeNames } from './scope';
import type { SavedJob, Shortlist } from './types';
import { validateShortlist } from './schema';

export const SHORTLIST_FORMAT = 'rolelens-shortlist';

export interface ShortlistFile {
  format: typeof SHORTLIST_FORMAT;
  version: number;
  exportedAt: string;
  jobs: SavedJob[];
}

export function shortlistJson(shortlist: Shortlist, now = new Date()): string {
  const file: ShortlistFile = { format: SHORTLIST_FORMAT, version: SHORTLIST_VERSION, exportedAt: now.toISOString(), jobs: shortlist.jobs };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function shortlistFileName(extension: 'json' | 'csv', now = new Date()): string {
  return `rolelens-shortlist-${now.toISOString().slice(0, 10)}.${extension}`;
}

const CSV_COLUMNS: readonly [string, (job: SavedJob) => string][] = [
  ['Title', (j) => j.title],
  ['Employer', (j) => j.employer],
  ['Location', (j) => j.location],
  ['Board', (j) => j.boardName || j.board],
  ['Link', (j) => j.link],
  ['Tag', (j) => j.label],
  ['Confidence', (j) => String(Math.round(j.confidence * 100))],
  ['Lean', (j) => j.lean.toFixed(2)],
  ['Scope', (j) => (j.scope === 'unknown' ? '' : scopeNames[j.scope])],
  ['Seniority', (j) => j.seniority],
  ['Specializations', (j) => j.specializations.join('; ')],
  ['Quotes', (j) => j.quotes.map((q) => q.sentence).join(' | ')],
  ['Training', (j) => j.training.map((t) => t.name).join('; ')],
  ['Saved', (j) => j.savedAt],
  ['Notes', (j) => j.notes],
];

/**
 * One CSV field (RFC 4180 quoting). Hand-written: quoting is the whole job here, and a CSV library
 * would add more to the page than this file. A field a spreadsheet would run as a formula
 * (=, +, -, @, tab, carriage return first) gets a leading apostrophe: titles come from web pages.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function shortlistCsv(shortlist: Shortlist): string {
  const rows = [CSV_COLUMNS.map(([name]) => name), ...shortlist.jobs.map((job) => CSV_COLUMNS.map(([, read]) => read(job)))];
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Parses, migrates and validates an export file's text. Writes nothing. */
export function parseShortlistImport(text: string): Validated<SavedJob[]> & { fromVersion?: number } {
  const file = readExportEnvelope(text, { format: SHORTLIST_FORMAT, what: 'a RoleLens shortlist export', latestVersion: SHORTLIST_VERSION, maxBytes: IMPORT_MAX_BYTES });
  if (!file.ok) return file;
  const { raw, version } = file;
  let migrated: unknown;
  try {
    migrated = migrateShortlist({ jobs: raw.jobs }, version);
  } catch (error) {
    return { ok: false, issues: [{ path: 'version', message: (error as Error).message }] };
  }
  const checked = validateShortlist(migrated, 'file');
  if (!checked.ok) return checked;
  return { ok: true, value: checked.value.jobs, fromVersion: version };
}

/** The message the page shows for a refused file. */
export function importProblem(fileName: string, issues: Parameters<typeof formatIssues>[0]): string {
  return `“${fileName}” was not imported; nothing was changed.\n${formatIssues(issues.slice(0, 20))}`;
}
