// Stored corrections. The popup (and the options page's preview) call addCorrection(); the
// options page lists them and can forget them all. Everything that classifies watches this item
// (see settings/effective.ts).
import { storage } from '#imports';
import type { Verdict } from '../classifier/types';
import { itemMigrations } from '../settings/migrations';
import { loadOrRepair } from '../settings/safeLoad';
import { SETTINGS_VERSION } from '../settings/schema';
import { loadSettings } from '../settings/store';
import { verdictFeatures } from './features';
import { applyCorrections } from './learn';
import type { Correction, CorrectionLabel, CriterionFeatures } from './types';
import { CORRECTIONS_MAX, validateCorrections } from './validate';

export const correctionsItem = storage.defineItem<Correction[]>('local:corrections', {
  fallback: [],
  version: SETTINGS_VERSION,
  migrations: itemMigrations('corrections'),
});

export async function loadCorrections(): Promise<Correction[]> {
  return loadOrRepair(correctionsItem, (raw) => validateCorrections(raw), () => [], 'corrections');
}

export function watchCorrections(callback: (corrections: Correction[]) => void): () => void {
  return correctionsItem.watch((value) => {
    const checked = validateCorrections(value);
    callback(checked.ok ? checked.value : []);
  });
}

const isVerdict = (v: Verdict | CriterionFeatures): v is Verdict =>
  Array.isArray((v as Partial<Verdict>).evidence);

/**
 * "This posting is really <label>." Pass the verdict RoleLens showed (preferred: its evidence gives
 * the features) or ready-made per-criterion features. A second correction of the same job replaces
 * the first. Resolves to the stored correction.
 */
export async function addCorrection(
  jobId: string,
  verdictOrFeatures: Verdict | CriterionFeatures,
  label: CorrectionLabel,
  info: { title?: string } = {},
): Promise<Correction> {
  const [settings, existing] = await Promise.all([loadSettings(), loadCorrections()]);
  let features: CriterionFeatures;
  let predicted: Verdict['label'] | undefined;
  if (isVerdict(verdictOrFeatures)) {
    // The verdict was computed with the effective weights; divide those back out.
    const active = applyCorrections(settings.classifier, existing).weights;
    features = verdictFeatures(verdictOrFeatures, active);
    predicted = verdictOrFeatures.label;
  } else {
    features = { ...verdictOrFeatures };
  }
  const correction: Correction = { jobId, label, features, at: Date.now() };
  if (predicted) correction.predicted = predicted;
  if (info.title) correction.title = info.title.slice(0, 500);
  const kept = existing.filter((c) => c.jobId !== jobId);
  const next = [...kept, correction].slice(-CORRECTIONS_MAX);
  const checked = validateCorrections(next);
  if (!checked.ok) throw new Error(`Correction not saved: ${checked.issues[0]?.path} ${checked.issues[0]?.message}`);
  await correctionsItem.setValue(checked.value);
  return correction;
}

/** Undo one correction. */
export async function removeCorrection(jobId: string): Promise<void> {
  const existing = await loadCorrections();
  await correctionsItem.setValue(existing.filter((c) => c.jobId !== jobId));
}

/** "Forget my corrections": verdicts go back to the user's own weights. */
export async function forgetCorrections(): Promise<void> {
  await correctionsItem.setValue([]);
}

/** Puts back a list of corrections (undo of "forget"), validated like any other write. */
export async function restoreCorrections(corrections: readonly Correction[]): Promise<void> {
  const checked = validateCorrections(corrections);
  if (!checked.ok) throw new Error(`Corrections not restored: ${checked.issues[0]?.path} ${checked.issues[0]?.message}`);
  await correctionsItem.setValue(checked.value);
}
