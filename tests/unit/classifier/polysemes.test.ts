// Each curated polyseme exclusion (src/classifier/polysemes.ts), one test per entry: in its other
// sense the word is no cue; in its cue sense it still counts.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';
import { POLYSEMES } from '../../../src/classifier/polysemes';
import { normalizeWord } from '../../../src/classifier/tokens';

const cueWords = (sentence: string, words: readonly string[]): string[] =>
  classify({ title: 'Healthcare Manager', company: 'Riverside Health', description: `Duties: ${sentence}` })
    .evidence.filter((e) => e.field === 'description' && e.cue.split(/[\s-]+/).some((w) => words.includes(normalizeWord(w))))
    .map((e) => e.cue);

describe('polyseme exclusions', () => {
  it.each(POLYSEMES.map((p) => [p.words.join('/'), p] as const))('%s', (_name, p) => {
    expect(cueWords(p.example, p.words), `"${p.example}" (${p.why})`).toEqual([]);
    expect(cueWords(p.counterExample, p.words).length, `"${p.counterExample}" must still count`).toBeGreaterThan(0);
  });
});
