// Does a posting name a catalogue entry ("MHA preferred", "CPC or CCS required")? Pure text work,
// no DOM: the popup uses it to put what the posting itself asks for first, with its own words.
import type { TrainingEntry } from './types';

/** How the posting's own sentence qualifies the mention. Only 'required' may be called required. */
export type MentionStrength = 'required' | 'preferred' | 'named';

export interface NamedMention {
  entryId: string;
  /** The posting's sentence, verbatim. */
  sentence: string;
  /** The words that named it, as they stand in the sentence. */
  matched: string;
  strength: MentionStrength;
}

/** Sentences and list items; a bullet or line break ends a sentence as much as a full stop. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+|\s*[•·▪●]\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Folds the spellings that differ only in form: curly apostrophes, "health care", runs of spaces. */
function fold(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/\bhealth\s+care\b/gi, 'healthcare')
    .replace(/\s+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Word characters for alias boundaries: ASCII and Latin letters. (Unicode property classes with
// the i flag made each pattern slow to compile; credentials are written in Latin script.)
const WORD = 'A-Za-z0-9\\u00C0-\\u024F';
const patternCache = new Map<string, RegExp>();

/** An abbreviation (all capitals, digits, hyphens) is matched case-sensitively; a phrase is not. */
function aliasPattern(alias: string, global = false): RegExp {
  const key = `${global ? 'g' : ''}:${alias}`;
  const cached = patternCache.get(key);
  if (cached) return cached;
  const isAbbreviation = /^[A-Z0-9][A-Z0-9-]*$/.test(alias);
  const body = escapeRegExp(fold(alias)).replace(/ /g, '\\s+');
  // Letters and digits (and hyphens, so "SHRM-CP" does not name "SHRM-CPX") bound an alias.
  const flags = `${isAbbreviation ? '' : 'i'}${global ? 'g' : ''}`;
  const pattern = new RegExp(`(?<![${WORD}-])${body}(?![${WORD}]|-[${WORD}])`, flags);
  patternCache.set(key, pattern);
  return pattern;
}

/** A sentence that talks about credentials, where an ambiguous abbreviation means the credential. */
const CREDENTIAL_TALK = /\b(certif\w*|credential\w*|licen[cs]\w*|registered|designation|coder|coding)\b/i;

// Words are matched in any case; the short forms only in capitals and before "in"/"of", because
// "ms", "ma" and "ba" are also ordinary words and abbreviations ("MS Office", "MAs").
const LEVEL_WORDS: Record<'bachelor' | 'master', RegExp[]> = {
  bachelor: [/\b(bachelor'?s?|baccalaureate|undergraduate)(?![a-z])/gi, /\b(BSc?|BA|B\.S\.|B\.A\.)(?=\s+(in|of)\b)/g],
  master: [/\b(master'?s?|graduate degree|postgraduate)(?![a-z])/gi, /\b(MSc?|MA|M\.S\.|M\.A\.)(?=\s+(in|of)\b)/g],
};

/** "required"/"preferred" words; the first one after the mention wins, else the last one before it. */
const QUALIFIER = /\b(required|requirement|must|mandatory|essential|preferred|preferably|desired|desirable|a plus|ideally|bonus)\b/gi;

function strengthAt(sentence: string, index: number): MentionStrength {
  let before: string | null = null;
  let after: string | null = null;
  for (const m of sentence.matchAll(QUALIFIER)) {
    if ((m.index ?? 0) < index) before = m[1] ?? null;
    else if (after === null) after = m[1] ?? null;
  }
  const word = (after ?? before)?.toLowerCase();
  if (!word) return 'named';
  return /^(required|requirement|must|mandatory|essential)$/.test(word) ? 'required' : 'preferred';
}

/** The nearest degree-level word before a field mention in the sentence, else the first after it. */
function degreeLevelAround(folded: string, fieldIndex: number): 'bachelor' | 'master' | null {
  let nearestBefore: { level: 'bachelor' | 'master'; index: number } | null = null;
  let firstAfter: { level: 'bachelor' | 'master'; index: number } | null = null;
  for (const level of ['bachelor', 'master'] as const) {
    for (const pattern of LEVEL_WORDS[level]) {
      for (const m of folded.matchAll(pattern)) {
        const index = m.index ?? 0;
        if (index < fieldIndex) {
          if (!nearestBefore || index > nearestBefore.index) nearestBefore = { level, index };
        } else if (!firstAfter || index < firstAfter.index) {
          firstAfter = { level, index };
        }
      }
    }
  }
  return (nearestBefore ?? firstAfter)?.level ?? null;
}

function findInSentence(entry: TrainingEntry, folded: string): { matched: string; index: number } | null {
  for (const alias of entry.aliases ?? []) {
    const m = aliasPattern(alias).exec(folded);
    if (m) return { matched: m[0], index: m.index };
  }
  if (entry.contextAliases?.length && CREDENTIAL_TALK.test(folded)) {
    for (const alias of entry.contextAliases ?? []) {
      const m = aliasPattern(alias).exec(folded);
      if (m) return { matched: m[0], index: m.index };
    }
  }
  if (entry.kind === 'degree' && (entry.level === 'bachelor' || entry.level === 'master')) {
    for (const field of entry.degreeFields ?? []) {
      for (const m of folded.matchAll(aliasPattern(field, true))) {
        if (degreeLevelAround(folded, m.index ?? 0) === entry.level) return { matched: m[0], index: m.index ?? 0 };
      }
    }
  }
  return null;
}

/**
 * Which entries the posting names, each with the first sentence that names it.
 * The returned sentence is the posting's own (unfolded) text; `matched` comes from the folded
 * copy, so it may differ from the sentence in apostrophes or spacing only.
 */
export function findNamedEntries(text: string, catalogue: readonly TrainingEntry[]): NamedMention[] {
  const sentences = splitSentences(text).map((sentence) => ({ sentence, folded: fold(sentence) }));
  const mentions: NamedMention[] = [];
  for (const entry of catalogue) {
    for (const { sentence, folded } of sentences) {
      const found = findInSentence(entry, folded);
      if (!found) continue;
      mentions.push({ entryId: entry.id, sentence, matched: found.matched, strength: strengthAt(folded, found.index) });
      break;
    }
  }
  return mentions;
}
