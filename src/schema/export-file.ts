// The envelope every RoleLens export file shares ({ format, version, … }): read it, or say in one
// issue why the file is not one. Used by the settings export and the shortlist export alike.
import { isRecord, type ValidationIssue } from './check';

export type Envelope = { ok: true; raw: Record<string, unknown>; version: number } | { ok: false; issues: ValidationIssue[] };

export interface EnvelopeRules {
  /** The `format` the file must carry. */
  format: string;
  /** What a file of this format is, for messages ("a RoleLens export", "a RoleLens shortlist export"). */
  what: string;
  /** The newest version this RoleLens reads. */
  latestVersion: number;
  maxBytes: number;
}

export function readExportEnvelope(text: string, rules: EnvelopeRules): Envelope {
  const fail = (path: string, message: string): Envelope => ({ ok: false, issues: [{ path, message }] });
  if (text.length > rules.maxBytes) return fail('file', `is too large (${text.length} bytes; at most ${rules.maxBytes}).`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('file', `is not valid JSON (${(error as Error).message}).`);
  }
  if (!isRecord(raw)) return fail('file', `must be a JSON object: ${rules.what}.`);
  if (raw.format !== rules.format) return fail('format', `must be "${rules.format}"; this does not look like ${rules.what}.`);
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('version', 'must be a whole number from 1 up.');
  if (version > rules.latestVersion)
    return fail('version', `is ${version}, from a newer RoleLens; this one reads up to ${rules.latestVersion}. Update RoleLens first.`);
  return { ok: true, raw, version };
}
