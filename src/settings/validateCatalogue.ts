// Validation of training entries and the user's catalogue overlay. Links must be https:
// an http or javascript: link in an extension page is a risk the user should not carry.
import type { Seniority, Side, Specialization } from '../classifier/types';
import type { TrainingEntry } from '../training/types';
import type { UserCatalogue } from './catalogue';
import { IssueList, type Validated } from '../storage/validation';

const KINDS = ['degree', 'certificate', 'certification', 'course'] as const;
const SIDES: readonly Side[] = ['management', 'administration'];
const SENIORITIES: readonly Seniority[] = ['entry', 'mid', 'senior', 'executive'];
const SPECIALIZATIONS: readonly Specialization[] = [
  'finance',
  'human_resources',
  'information_systems',
  'quality_improvement',
  'billing_coding',
  'patient_services',
  'compliance',
  'records_management',
  'operations',
  'admissions',
  'scheduling',
];

/** Why a link is refused, or null. Empty means "no link". */
export function linkProblem(link: string): string | null {
  if (link === '') return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return 'The link is not a web address.';
  }
  if (url.protocol !== 'https:') return 'Links must start with https://.';
  return null;
}

export function checkTrainingEntry(raw: unknown, path: string, issues: IssueList): TrainingEntry | undefined {
  const obj = issues.record(raw, path);
  if (!obj) return undefined;
  const before = issues.issues.length;
  const id = issues.string(obj.id, `${path}.id`, 100);
  if (id !== undefined && id.trim() === '') issues.add(`${path}.id`, 'must not be empty');
  const name = issues.string(obj.name, `${path}.name`, 200);
  if (name !== undefined && name.trim() === '') issues.add(`${path}.name`, 'must not be empty');
  const kind = issues.oneOf(obj.kind, `${path}.kind`, KINDS);
  const level = issues.string(obj.level ?? '', `${path}.level`, 100);
  const why = issues.string(obj.why ?? '', `${path}.why`, 500);
  const list = <T extends string>(value: unknown, p: string, allowed: readonly T[]): T[] => {
    const arr = issues.array(value ?? [], p) ?? [];
    return arr.map((v, i) => issues.oneOf(v, `${p}[${i}]`, allowed)).filter((v): v is T => v !== undefined);
  };
  const sides = list(obj.sides, `${path}.sides`, SIDES);
  const specializations = list(obj.specializations, `${path}.specializations`, SPECIALIZATIONS);
  const seniority = list(obj.seniority, `${path}.seniority`, SENIORITIES);
  let link: string | undefined;
  if (obj.link !== undefined && obj.link !== '') {
    link = issues.string(obj.link, `${path}.link`, 500);
    const problem = link === undefined ? null : linkProblem(link);
    if (problem) issues.add(`${path}.link`, problem);
  }
  const words = (key: 'aliases' | 'contextAliases' | 'degreeFields'): string[] | undefined => {
    if (obj[key] === undefined) return undefined;
    return (issues.array(obj[key], `${path}.${key}`) ?? [])
      .map((a, i) => issues.string(a, `${path}.${key}[${i}]`, 100))
      .filter((a): a is string => a !== undefined);
  };
  const aliases = words('aliases');
  const contextAliases = words('contextAliases');
  const degreeFields = words('degreeFields');
  const issuer = obj.issuer === undefined ? undefined : issues.string(obj.issuer, `${path}.issuer`, 200);
  let grounding: TrainingEntry['grounding'];
  if (obj.grounding !== undefined) {
    const g = issues.record(obj.grounding, `${path}.grounding`);
    const quote = g && issues.string(g.quote, `${path}.grounding.quote`);
    const document = g && issues.string(g.document, `${path}.grounding.document`, 200);
    if (quote !== undefined && document !== undefined) grounding = { quote, document };
  }
  if (issues.issues.length > before || !id || !name || !kind || level === undefined || why === undefined)
    return undefined;
  const entry: TrainingEntry = { id, name, kind, level, sides, specializations, seniority, why };
  if (link) entry.link = link;
  if (aliases) entry.aliases = aliases;
  if (contextAliases) entry.contextAliases = contextAliases;
  if (degreeFields) entry.degreeFields = degreeFields;
  if (issuer !== undefined) entry.issuer = issuer;
  if (grounding) entry.grounding = grounding;
  if (obj.custom === true) entry.custom = true;
  return entry;
}

export function validateUserCatalogue(raw: unknown, path = 'catalogue'): Validated<UserCatalogue> {
  const issues = new IssueList();
  const obj = issues.record(raw, path);
  if (!obj) return { ok: false, issues: issues.issues };
  const added: TrainingEntry[] = [];
  (issues.array(obj.added ?? [], `${path}.added`) ?? []).forEach((e, i) => {
    const entry = checkTrainingEntry(e, `${path}.added[${i}]`, issues);
    if (entry) added.push({ ...entry, custom: true });
  });
  const edited: Record<string, TrainingEntry> = {};
  for (const [id, e] of Object.entries(issues.record(obj.edited ?? {}, `${path}.edited`) ?? {})) {
    const entry = checkTrainingEntry(e, `${path}.edited.${id}`, issues);
    if (entry) edited[id] = entry;
  }
  const ids = (value: unknown, p: string): string[] =>
    (issues.array(value ?? [], p) ?? [])
      .map((v, i) => issues.string(v, `${p}[${i}]`, 100))
      .filter((v): v is string => v !== undefined);
  const removed = ids(obj.removed, `${path}.removed`);
  const held = ids(obj.held, `${path}.held`);
  const seen = new Set<string>();
  added.forEach((e, i) => {
    if (seen.has(e.id)) issues.add(`${path}.added[${i}].id`, `"${e.id}" is used twice`);
    seen.add(e.id);
  });
  if (!issues.ok) return { ok: false, issues: issues.issues };
  return { ok: true, value: { added, edited, removed, held } };
}
