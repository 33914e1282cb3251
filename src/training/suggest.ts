// Ranks the training catalogue for one posting: what the posting itself names first, then what
// fits its lean, specialization and seniority, skipping what the user already holds. Pure.
import type { Seniority, Side, Specialization, Verdict } from '../classifier/types';
import { sideNames, specializationNames } from '../ui/shared/labels';
import { defaultCatalogue } from './catalogue';
import { findNamedEntries, type NamedMention } from './named';
import type { TrainingEntry } from './types';

export interface SuggestInput {
  verdict: Pick<Verdict, 'label' | 'lean' | 'seniority' | 'specializations'>;
  /** The posting's text (title and description), to find what it names. */
  postingText: string;
  /** What the user already holds: entry ids, names or aliases ("MHA", "cpc"). */
  held?: readonly string[];
  catalogue?: readonly TrainingEntry[];
  /** How many to return; 3 by default. */
  limit?: number;
}

export interface Suggestion {
  entry: TrainingEntry;
  /** One line saying why it fits. Says "required" only when the posting does. */
  reason: string;
  /** Set when the posting names this entry itself. */
  named?: NamedMention;
  score: number;
}

const SENIORITY_ORDER: readonly Seniority[] = ['entry', 'mid', 'senior', 'executive'];

function normalize(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** Held = named by id, name or alias; a held master's degree also covers the bachelor's degrees. */
export function isHeld(entry: TrainingEntry, held: readonly string[], catalogue: readonly TrainingEntry[]): boolean {
  const heldSet = new Set(held.map(normalize).filter(Boolean));
  const names = (e: TrainingEntry) => [e.id, e.name, ...(e.aliases ?? []), ...(e.contextAliases ?? [])].map(normalize);
  if (names(entry).some((n) => heldSet.has(n))) return true;
  if (entry.kind === 'degree' && entry.level === 'bachelor') {
    return catalogue.some((e) => e.kind === 'degree' && e.level === 'master' && names(e).some((n) => heldSet.has(n)));
  }
  return false;
}

/** The side the verdict leans to, or null for balanced / not applicable. */
function leaningSide(verdict: SuggestInput['verdict']): Side | null {
  if (verdict.label === 'management') return 'management';
  if (verdict.label === 'administration') return 'administration';
  return null;
}

function sideScore(entry: TrainingEntry, verdict: SuggestInput['verdict']): number {
  const side = leaningSide(verdict);
  if (side === null) return entry.sides.length > 1 ? 2 : 1;
  if (!entry.sides.includes(side)) return -4;
  // Entries made for this one side fit better than ones that serve both.
  return entry.sides.length === 1 ? 2.5 + Math.abs(verdict.lean) : 2;
}

function specializationScore(entry: TrainingEntry, specializations: readonly Specialization[]): number {
  if (entry.specializations.length === 0) return 0;
  const shared = entry.specializations.filter((s) => specializations.includes(s)).length;
  // A specialist credential for another specialty fits less than a general one.
  return shared > 0 ? 3 + shared * 0.5 : -2;
}

function seniorityScore(entry: TrainingEntry, seniority: Seniority): number {
  // An entry aimed at a narrow band of seniority fits that band a little better than a broad one.
  if (entry.seniority.includes(seniority)) return entry.seniority.length <= 2 ? 2.5 : 2;
  const at = SENIORITY_ORDER.indexOf(seniority);
  const distance = Math.min(...entry.seniority.map((s) => Math.abs(SENIORITY_ORDER.indexOf(s) - at)));
  return distance === 1 ? 0.5 : -2;
}

function namedReason(named: NamedMention): string {
  if (named.strength === 'required') return `Required by this posting: “${named.sentence}”`;
  if (named.strength === 'preferred') return `Named in this posting as preferred: “${named.sentence}”`;
  return `Named in this posting: “${named.sentence}”`;
}

function skillReason(entry: TrainingEntry, named: NamedMention): string {
  return `This posting asks for the skill (“${named.matched}”). ${entry.why}`;
}

function fitReason(entry: TrainingEntry, verdict: SuggestInput['verdict']): string {
  const side = leaningSide(verdict);
  const specialty = entry.specializations.find((s) => verdict.specializations.includes(s));
  const sideWord = side ? `${sideNames[side]}-leaning` : 'healthcare management and administration';
  const area = specialty ? `${specializationNames[specialty].toLowerCase()}-focused ${sideWord}` : sideWord;
  return `Often asked for in ${area} roles. ${entry.why}`;
}

/** The top suggestions (three by default), best first; what the posting names comes first. */
export function suggestTraining(input: SuggestInput): Suggestion[] {
  const catalogue = input.catalogue ?? defaultCatalogue;
  const held = input.held ?? [];
  const limit = input.limit ?? 3;
  const { verdict } = input;
  const named = new Map(findNamedEntries(input.postingText, catalogue).map((m) => [m.entryId, m]));

  const candidates: Suggestion[] = [];
  for (const entry of catalogue) {
    if (isHeld(entry, held, catalogue)) continue;
    const mention = named.get(entry.id);
    if (verdict.label === 'not_applicable' && !mention) continue;
    const fit = sideScore(entry, verdict) + specializationScore(entry, verdict.specializations) + seniorityScore(entry, verdict.seniority);
    // A degree or credential the posting names outranks any fit (required before preferred before
    // merely named). A skill course whose subject the posting mentions (EHR, HIPAA) only fits better.
    const namedBonus = !mention ? 0 : entry.kind === 'course' ? 2 : { required: 300, preferred: 200, named: 100 }[mention.strength];
    candidates.push({
      entry,
      named: mention,
      reason: mention ? (entry.kind === 'course' ? skillReason(entry, mention) : namedReason(mention)) : fitReason(entry, verdict),
      score: namedBonus + fit,
    });
  }
  // Stable: equal scores keep catalogue order, so the output is deterministic.
  return candidates
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.score - a.s.score || a.i - b.i)
    .slice(0, limit)
    .map(({ s }) => s);
}
