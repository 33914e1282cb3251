// classify(): one posting in, one explained verdict out. Pure TypeScript (no DOM, no browser API)
// so the content script, the background, the CLI and the tests all run the same code.
// Two steps: reading.ts reads the posting the way LABELLING.md does (zones, scope, cues in their
// sense); conclude.ts weighs what was read with parameters.ts's numbers and decides.
import { conclude } from './conclude';
import { criterionById } from './criteria';
import { buildLexicon, getLexicon, type Lexicon } from './lexicon';
import { PARAMETERS, type Parameters } from './parameters';
import { readPosting, type PostingReading } from './reading';
import { resolveSettings } from './settings';
import type { ClassifierSettings, CustomCue, Posting, Verdict } from './types';

export { criteria } from './criteria';
export { defaultClassifierSettings, validateClassifierSettings } from './settings';
export type * from './types';

export interface ClassifyOptions {
  /** List cards: judge by the title (and company, and any snippet given as description). */
  titleOnly?: boolean;
}

export function classify(
  posting: Posting,
  settings?: Partial<ClassifierSettings> | ClassifierSettings,
  options?: ClassifyOptions,
): Verdict {
  return classifyWith(posting, settings, options, PARAMETERS);
}

/** classify() with explicit parameters (the evaluation's cross-validation and sensitivity runs). */
export function classifyWith(posting: Posting, settingsInput: unknown, options: ClassifyOptions | undefined, params: Parameters): Verdict {
  const settings = resolveSettings(settingsInput);
  const reading = readPosting((posting ?? {}) as Partial<Posting>, settings, lexiconFor(settings.customCues), options?.titleOnly === true);
  return conclude(reading, params, settings.balancedBand);
}

/** The parameter-free reading of a posting (the evaluation reads once, then concludes many times). */
export function read(posting: Posting, settingsInput: unknown, options?: ClassifyOptions): PostingReading {
  const settings = resolveSettings(settingsInput);
  return readPosting((posting ?? {}) as Partial<Posting>, settings, lexiconFor(settings.customCues), options?.titleOnly === true);
}

// Custom cues get their own lexicon, rebuilt only when the list changes.
let customKey = '';
let customLexicon: Lexicon | null = null;

function lexiconFor(customCues: readonly CustomCue[]): Lexicon {
  if (customCues.length === 0) return getLexicon();
  const key = JSON.stringify(customCues);
  if (key !== customKey || !customLexicon) {
    const extra = customCues.flatMap((cue) => {
      const criterion = criterionById(cue.criterionId);
      return criterion ? [{ phrase: cue.phrase.replace(/\*/g, ' '), criterion, weight: cue.weight }] : [];
    });
    customLexicon = buildLexicon(extra);
    customKey = key;
  }
  return customLexicon;
}
