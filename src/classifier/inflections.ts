// The word inflections the lexicon and the sense reader expand cue words with, from compromise's
// conjugation and pluralisation rules (oversee → oversees, overseeing, oversaw, overseen; budget →
// budgets). The extension's builds replace this module with a table compromise filled at build
// time (inflection-table.ts; wxt.config.ts), so compromise's 350 KB and its start-up are not
// paid when the background starts. The CLI, the evaluation and the tests use compromise itself.
import nlp from 'compromise/two';

export interface Inflections {
  /** A verb's single-word forms (present, past, gerund, participle), the verb included. */
  conjugations(verb: string): string[];
  plural(noun: string): string | null;
  /** compromise's lexicon knows the word as a verb's base form. */
  isInfinitive(word: string): boolean;
}

interface World {
  methods: {
    two: {
      transform: {
        verb: { conjugate: (w: string, model: unknown) => Record<string, string> };
        noun: { toPlural: (w: string, model: unknown) => string };
      };
    };
  };
  model: { one: { lexicon: Record<string, string | undefined> } };
}

let world: World | null = null;
const w = (): World => (world ??= nlp.world() as unknown as World);

export const inflections: Inflections = {
  conjugations: (verb) => Object.values(w().methods.two.transform.verb.conjugate(verb, w().model)).filter((f) => !!f && !f.includes(' ')),
  plural: (noun) => w().methods.two.transform.noun.toPlural(noun, w().model) || null,
  isInfinitive: (word) => w().model.one.lexicon[word] === 'Infinitive',
};
