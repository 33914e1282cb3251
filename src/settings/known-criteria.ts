// Keeps only weights and cues for criteria the classifier has (an id can go stale when a
// criterion is renamed in an update). The classifier would skip them too, with a warning each;
// pruning here keeps what the options page shows and what is classified with the same.
import type { ClassifierSettings } from '../classifier/types';

export function withKnownCriteria(settings: ClassifierSettings, known: readonly string[]): ClassifierSettings {
  const ids = new Set(known);
  const weights = Object.fromEntries(Object.entries(settings.weights).filter(([id]) => ids.has(id)));
  const customCues = settings.customCues.filter((c) => ids.has(c.criterionId));
  if (Object.keys(weights).length === Object.keys(settings.weights).length && customCues.length === settings.customCues.length)
    return settings;
  return { ...settings, weights, customCues };
}
