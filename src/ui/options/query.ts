// The options page's filter box: a criterion or catalogue entry matches when every word typed is
// in one of its texts (name, quote, abbreviations…), case- and accent-insensitively. Pure.
import type { Criterion } from '../../classifier/criteria';
import type { TrainingEntry } from '../../training/types';
import { familyNames } from './families';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchesQuery(query: string, texts: readonly (string | undefined)[]): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(texts.filter(Boolean).join(' \u0001 '));
  return words.every((w) => haystack.includes(w));
}

export function criterionMatches(query: string, c: Criterion): boolean {
  return matchesQuery(query, [c.name, c.quote, c.id, familyNames[c.family], c.side]);
}

export function entryMatches(query: string, e: TrainingEntry): boolean {
  return matchesQuery(query, [e.name, e.id, e.kind, e.why, e.issuer, e.level, ...(e.aliases ?? []), ...(e.contextAliases ?? [])]);
}
