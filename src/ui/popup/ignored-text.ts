// The text the classifier counted for nothing (benefits, pay, equal-opportunity statements), shown
// only "when it matters": when such a sentence uses words of a criterion, so a reader might wonder
// why they did not count. Uses the classifier's own (regex-only) sentence and section rules, so it
// agrees with what was ignored; the verdict itself is never recomputed here.
import { assignSections, type SectionKind } from '../../classifier/sections';
import { splitSentences } from '../../classifier/sentences';

export interface CueSource {
  id: string;
  name: string;
  cues: readonly string[];
}

export interface IgnoredSentence {
  sentence: string;
  section: SectionKind;
  /** Names of the criteria whose words it uses. */
  criteria: string[];
}

const IGNORED: ReadonlySet<SectionKind> = new Set<SectionKind>(['benefits', 'equal_opportunity']);

/** Plain cue words ("strategic planning*1.5" → "strategic planning"), for a quick word search. */
function cuePattern(cue: string): RegExp | null {
  const phrase = cue.replace(/\*[\d.]+$/, '').trim().toLowerCase();
  if (phrase.length < 4) return null;
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

let compiled: { name: string; patterns: RegExp[] }[] | null = null;
let compiledFrom: readonly CueSource[] | null = null;

function compile(criteria: readonly CueSource[]) {
  if (compiled && compiledFrom === criteria) return compiled;
  compiled = criteria.map((c) => ({
    name: c.name,
    patterns: c.cues.map(cuePattern).filter((p): p is RegExp => p !== null),
  }));
  compiledFrom = criteria;
  return compiled;
}

/** Ignored sentences that use criterion words, at most `limit`. */
export function ignoredThatMatters(description: string, criteria: readonly CueSource[], limit = 3): IgnoredSentence[] {
  if (!description) return [];
  const found: IgnoredSentence[] = [];
  for (const span of assignSections(description, splitSentences(description))) {
    if (!IGNORED.has(span.section)) continue;
    const sentence = description.slice(span.start, span.end);
    const names = compile(criteria)
      .filter((c) => c.patterns.some((p) => p.test(sentence)))
      .map((c) => c.name);
    if (names.length > 0) found.push({ sentence, section: span.section, criteria: names });
    if (found.length >= limit) break;
  }
  return found;
}
