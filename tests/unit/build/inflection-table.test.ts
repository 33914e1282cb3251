// The extension runs without compromise: its builds replace src/classifier/inflections.ts with a
// table compromise fills at build time (scripts/inflection-table.ts, wxt.config.ts). The lexicon
// built from that table must be the one compromise builds, cue for cue and form for form.
import { describe, expect, it } from 'vitest';
import { regularConjugations, regularPlural, tableInflections } from '../../../src/classifier/inflection-table';
import { inflections } from '../../../src/classifier/inflections';
import { buildLexicon } from '../../../src/classifier/lexicon';
import { buildInflectionTable } from '../../../scripts/inflection-table';

/** Every first-word form and, per cue, every position's accepted forms, comparable as text. */
function describeLexicon(): string[] {
  const lexicon = buildLexicon();
  return [...lexicon.byFirst]
    .flatMap(([first, cues]) => cues.map((c) => `${first} ${c.criterion.id} ${c.phrase} ${c.positions.map((p) => [...p].sort().join('|')).join(' ')}`))
    .sort();
}

describe('the build-time inflection table', () => {
  it('gives the lexicon compromise gives', () => {
    const withCompromise = describeLexicon();
    const table = buildInflectionTable();
    const saved = { ...inflections };
    Object.assign(inflections, tableInflections(table));
    try {
      expect(describeLexicon()).toEqual(withCompromise);
    } finally {
      Object.assign(inflections, saved);
    }
    // Verbs compromise knows are in it, for a user's own cues ("oversee" → "oversaw").
    expect(tableInflections(table).conjugations('oversee')).toContain('oversaw');
    expect(table.infinitives.length).toBeGreaterThan(1000);
  });

  it('inflects words it does not hold by the regular rules', () => {
    expect(regularConjugations('shepherd')).toEqual(['shepherd', 'shepherds', 'shepherded', 'shepherding']);
    expect(regularConjugations('plan')).toContain('planning');
    expect(regularConjugations('staff')).toContain('staffed');
    expect(regularConjugations('rota')).toContain('rotas');
    expect(regularPlural('policy')).toBe('policies');
    expect(regularPlural('rota')).toBe('rotas');
  });
});
