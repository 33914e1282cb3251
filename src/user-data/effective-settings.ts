// The classifier settings actually used for tagging: the user's settings, adjusted by their
// corrections (learned multipliers, see src/corrections/learn.ts).
import { criteria } from '../classifier/criteria';
import type { ClassifierSettings } from '../classifier/types';
import { applyCorrections } from '../corrections/learn';
import { loadCorrections, watchCorrections } from '../corrections/store';
import type { Correction } from '../corrections/types';
import { withKnownCriteria } from '../settings/known-criteria';
import type { Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/store';

/** Pure: the background and the options page's preview both classify with this. */
export function effectiveClassifierSettings(
  settings: Settings,
  corrections: readonly Correction[],
  knownCriteria: readonly string[],
): ClassifierSettings {
  return withKnownCriteria(applyCorrections(settings.classifier, corrections), knownCriteria);
}

export async function loadEffectiveClassifierSettings(): Promise<ClassifierSettings> {
  const [settings, corrections] = await Promise.all([loadSettings(), loadCorrections()]);
  return effectiveClassifierSettings(settings, corrections, criteria.map((c) => c.id));
}

/** Calls back with fresh effective settings whenever settings or corrections change. */
export function watchEffectiveClassifierSettings(callback: (settings: ClassifierSettings) => void): () => void {
  const refresh = (): void => {
    void loadEffectiveClassifierSettings().then(callback);
  };
  const stops = [watchSettings(refresh), watchCorrections(refresh)];
  return () => stops.forEach((stop) => stop());
}
