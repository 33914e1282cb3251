// Stored corrections (a stored item: see src/storage/stored-item.ts). The popup and the options
// page's preview add them; the options page lists them and can forget them all. Everything that
// classifies watches this item (see src/user-data/effective-settings.ts).
import type { Verdict } from '../classifier/types';
import { itemMigrations } from '../storage/migrations';
import { noticeOfRepair } from '../storage/notices';
import { defineStoredItem } from '../storage/stored-item';
import { verdictFeatures } from './features';
import { activeWeights } from './learn';
import type { Correction, CorrectionLabel, CriterionFeatures } from './types';
import { checkCorrections, CORRECTIONS_MAX } from './schema';

export const correctionsItem = defineStoredItem<Correction[]>({
  key: 'local:corrections',
  what: 'corrections',
  defaults: () => [],
  check: checkCorrections,
  migrations: itemMigrations('corrections'),
  notify: noticeOfRepair,
});

export function loadCorrections(): Promise<Correction[]> {
  return correctionsItem.load();
}

export function watchCorrections(callback: (corrections: Correction[]) => void): () => void {
  return correctionsItem.watch(callback);
}

const isVerdict = (v: Verdict | CriterionFeatures): v is Verdict =>
  Array.isArray((v as Partial<Verdict>).evidence);

/**
 * "This posting is really <label>." Pass the verdict RoleLens showed (preferred: its evidence gives
 * the features) or ready-made per-criterion features, and the user's own criterion weights (the
 * verdict was made with those, adjusted by the corrections so far). A second correction of the
 * same job replaces the first. Resolves to the stored correction.
 */
export async function addCorrection(
  jobId: string,
  verdictOrFeatures: Verdict | CriterionFeatures,
  label: CorrectionLabel,
  userWeights: Record<string, number>,
  info: { title?: string; omitted?: Readonly<Record<string, { weight: number }>> } = {},
): Promise<Correction> {
  let made: Correction | undefined;
  await correctionsItem.update(({ value: existing }) => {
    let features: CriterionFeatures;
    let predicted: Verdict['label'] | undefined;
    if (isVerdict(verdictOrFeatures)) {
      // The verdict was computed with the effective weights; divide those back out.
      features = verdictFeatures(verdictOrFeatures, activeWeights(userWeights, existing), info.omitted);
      predicted = verdictOrFeatures.label;
    } else {
      features = { ...verdictOrFeatures };
    }
    const correction: Correction = { jobId, label, features, at: Date.now() };
    if (predicted) correction.predicted = predicted;
    if (info.title) correction.title = info.title.slice(0, 500);
    made = correction;
    return [...existing.filter((c) => c.jobId !== jobId), correction].slice(-CORRECTIONS_MAX);
  });
  return made!;
}

/** Undo one correction. */
export async function removeCorrection(jobId: string): Promise<void> {
  await correctionsItem.update(({ value }) => value.filter((c) => c.jobId !== jobId));
}

/** "Forget my corrections": verdicts go back to the user's own weights. */
export async function forgetCorrections(): Promise<void> {
  await correctionsItem.update(() => []);
}

/** Puts back a list of corrections (undo of "forget"), validated like any other write. */
export async function restoreCorrections(corrections: readonly Correction[]): Promise<void> {
  await correctionsItem.update(() => [...corrections]);
}
