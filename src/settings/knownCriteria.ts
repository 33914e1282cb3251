// Keeps only weights and cues for criteria the classifier has. The classifier refuses a whole
// weights object when one id is unknown (e.g. a criterion renamed in an update), which would
// silently drop every weight the user set; pruning the stale ids keeps the rest working.
import type { ClassifierSettings } from '../classifier/types';

export function withKnownCriteria(settings: ClassifierSettings, known: readonly string[]): ClassifierSettings {
  const ids = new Set(known);
  const weights = Object.fromEntries(Object.entries(settings.weights).filter(([id]) => ids.has(id)));
  const customCues = settings.customCues.filter((c) => ids.has(c.criterionId));
  if (Object.keys(weights).length === Object.keys(settings.weights).length && customCues.length === settings.customCues.length)
    return settings;
  return { ...settings, weights, customCues };
}
