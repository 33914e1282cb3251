// Build time (wxt.config.ts): the inflection table the extension runs with instead of compromise
// (src/classifier/inflection-table.ts). It records every answer compromise gives while the
// lexicon and the sense lists are built, and adds the forms of every verb compromise knows, so a
// user's own cue starting with such a verb is inflected as compromise would.
import nlp from 'compromise/two';
import { classify } from '../src/classifier/index';
import type { InflectionTable } from '../src/classifier/inflection-table';
import { inflections } from '../src/classifier/inflections';
import { buildLexicon } from '../src/classifier/lexicon';

export function buildInflectionTable(): InflectionTable {
  const table: InflectionTable = { conjugations: {}, plurals: {}, noPlural: [], infinitives: [] };
  const { conjugations, plural } = inflections;
  const noPlural = new Set<string>();
  // Record while the classifier builds its lexicon and its sense markers (the markers are built on
  // their first use: this must run in a fresh module graph, as the build's tsImport gives it).
  inflections.conjugations = (verb) => (table.conjugations[verb] = conjugations(verb));
  inflections.plural = (noun) => {
    const p = plural(noun);
    if (p) table.plurals[noun] = p;
    else noPlural.add(noun);
    return p;
  };
  try {
    buildLexicon();
    classify({ title: 'Practice Manager', description: 'You will support the director and implement the strategy. Oversee the budgets.' });
  } finally {
    Object.assign(inflections, { conjugations, plural });
  }
  const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string> } } }).model.one.lexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    if (tag !== 'Infinitive' || !/^[a-z]+$/.test(word)) continue;
    table.infinitives.push(word);
    table.conjugations[word] ??= conjugations(word);
  }
  table.noPlural = [...noPlural];
  return table;
}
