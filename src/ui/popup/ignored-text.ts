// The text the classifier counted for nothing (the employer describing itself, benefits, pay,
// equal-opportunity statements, logistics), shown only "when it matters": when such a sentence uses
// words of a criterion, so a reader might wonder why they did not count. Uses the classifier's own
// (regex-only) zones, so it agrees with what was ignored; the verdict itself is never recomputed here.
import type { Zone } from '../../classifier/types';
import { zoneSentences } from '../../classifier/zones';

export interface CueSource {
  id: string;
  name: string;
  cues: readonly string[];
}

export interface IgnoredSentence {
  sentence: string;
  zone: Zone;
  /** Names of the criteria whose words it uses. */
  criteria: string[];
}

const IGNORED: ReadonlySet<Zone> = new Set<Zone>(['employer', 'other']);

/** Lower-case words joined by single spaces and padded, so a phrase test is a substring test. */
function wordString(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return ` ${words.join(' ')} `;
}

// Plain substring tests instead of one regex per cue: compiling ~600 case-insensitive Unicode
// regexes cost half a second in the popup; this costs a few milliseconds.
let compiled: { name: string; phrases: string[] }[] | null = null;
let compiledFrom: readonly CueSource[] | null = null;

function compile(criteria: readonly CueSource[]) {
  if (compiled && compiledFrom === criteria) return compiled;
  compiled = criteria.map((c) => ({
    name: c.name,
    // "strategic planning*1.5" → " strategic planning "; very short cues say too little.
    phrases: c.cues.map((cue) => wordString(cue.replace(/\*[\d.]+$/, ''))).filter((p) => p.trim().length >= 4),
  }));
  compiledFrom = criteria;
  return compiled;
}

/** Ignored sentences that use criterion words, at most `limit`. */
export function ignoredThatMatters(description: string, criteria: readonly CueSource[], limit = 3): IgnoredSentence[] {
  if (!description) return [];
  const found: IgnoredSentence[] = [];
  for (const span of zoneSentences(description)) {
    if (span.heading || !IGNORED.has(span.zone)) continue;
    const sentence = description.slice(span.start, span.end);
    const words = wordString(sentence);
    const names = compile(criteria)
      .filter((c) => c.phrases.some((p) => words.includes(p)))
      .map((c) => c.name);
    if (names.length > 0) found.push({ sentence, zone: span.zone, criteria: names });
    if (found.length >= limit) break;
  }
  return found;
}
