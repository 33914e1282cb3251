// Inflections from a table that compromise filled when the extension was built (every word the
// shipped cues and sense lists ask about, and every verb compromise knows), so the extension runs
// without compromise. A word the table lacks (a user's own cue) is inflected by the regular
// English rules below; compromise would mostly apply the same rules to a word it does not know.
import type { Inflections } from './inflections';

export interface InflectionTable {
  /** Verb → its single-word forms. */
  conjugations: Record<string, string[]>;
  /** Noun → its plural (absent: none). */
  plurals: Record<string, string>;
  /** Nouns compromise gives no plural. */
  noPlural: string[];
  /** Words compromise's lexicon knows as a verb's base form. */
  infinitives: string[];
}

const VOWEL = /[aeiou]/;

/** "plan" → "plann" before -ed/-ing: one vowel then one consonant ends a short word. */
function doubled(verb: string): string {
  return /^[^aeiou]*[aeiou][bdglmnprt]$/.test(verb) ? verb + verb.slice(-1) : verb;
}

export function regularConjugations(verb: string): string[] {
  const stem = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : doubled(verb);
  const third = /(s|x|z|ch|sh|o)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const past = verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${stem}ed`;
  const gerund = verb.endsWith('ie') ? `${verb.slice(0, -2)}ying` : `${stem}ing`;
  return [...new Set([verb, third, past, gerund])];
}

export function regularPlural(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return VOWEL.test(noun) ? `${noun}s` : noun;
}

export function tableInflections(table: InflectionTable): Inflections {
  const own = (record: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(record, key);
  const infinitives = new Set(table.infinitives);
  const noPlural = new Set(table.noPlural);
  return {
    conjugations: (verb) => (own(table.conjugations, verb) ? table.conjugations[verb]! : regularConjugations(verb)),
    plural: (noun) => (own(table.plurals, noun) ? table.plurals[noun]! : noPlural.has(noun) ? null : regularPlural(noun)),
    isInfinitive: (word) => infinitives.has(word),
  };
}
