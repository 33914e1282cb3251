// Evaluation measures: confusion matrix, lean accuracy, macro-F1 over the four labels, relevance F1.
import type { Label } from '../types';

export const LABELS: readonly Label[] = ['management', 'administration', 'balanced', 'not_applicable'];

export interface Prediction {
  id: string;
  source?: string;
  gold: Label;
  predicted: Label;
  lean: number;
}

export interface Scores {
  n: number;
  /** Share of items labelled management/administration whose lean points the right way. */
  leanAccuracy: number;
  leanN: number;
  macroF1: number;
  perLabelF1: Record<Label, number>;
  /** F1 of "is a healthcare management/administration role" (everything but not_applicable). */
  relevanceF1: number;
  /** F1 of the management label (the side users most want found). */
  managementF1: number;
  /** Lean accuracy of always answering "administration": the floor a classifier must clear. */
  alwaysAdministration: number;
  /** Of the items called balanced, the share that are. */
  balancedPrecision: number;
  accuracy: number;
  /** confusion[gold][predicted] */
  confusion: Record<Label, Record<Label, number>>;
}

export function score(preds: readonly Prediction[]): Scores {
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as Record<Label, Record<Label, number>>;
  for (const p of preds) confusion[p.gold][p.predicted]++;

  const leanItems = preds.filter((p) => p.gold === 'management' || p.gold === 'administration');
  const leanRight = leanItems.filter((p) => (p.gold === 'management' ? p.lean > 0 : p.lean < 0)).length;

  const perLabelF1 = Object.fromEntries(LABELS.map((l) => [l, f1(preds.map((p) => p.gold === l), preds.map((p) => p.predicted === l))])) as Record<Label, number>;
  const macroF1 = LABELS.reduce((s, l) => s + perLabelF1[l], 0) / LABELS.length;
  const relevanceF1 = f1(preds.map((p) => p.gold !== 'not_applicable'), preds.map((p) => p.predicted !== 'not_applicable'));
  return {
    n: preds.length,
    leanAccuracy: leanItems.length ? leanRight / leanItems.length : 0,
    leanN: leanItems.length,
    macroF1,
    perLabelF1,
    relevanceF1,
    managementF1: perLabelF1.management,
    alwaysAdministration: leanItems.length ? leanItems.filter((p) => p.gold === 'administration').length / leanItems.length : 0,
    balancedPrecision: precision(preds.map((p) => p.gold === 'balanced'), preds.map((p) => p.predicted === 'balanced')),
    accuracy: preds.length ? preds.filter((p) => p.gold === p.predicted).length / preds.length : 0,
    confusion,
  };
}

/** F1 of the positive class; 0 when there is nothing to find and nothing found is scored as 1. */
export function f1(gold: readonly boolean[], predicted: readonly boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i] ?? false;
    if (g && p) tp++;
    else if (!g && p) fp++;
    else if (g && !p) fn++;
  });
  if (tp + fp + fn === 0) return 1;
  return (2 * tp) / (2 * tp + fp + fn);
}

/** Precision of the positive class; 1 when nothing was predicted positive (nothing claimed, nothing wrong). */
export function precision(gold: readonly boolean[], predicted: readonly boolean[]): number {
  let tp = 0;
  let fp = 0;
  predicted.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
  });
  return tp + fp === 0 ? 1 : tp / (tp + fp);
}

/** One line: the headline figures. */
export function summaryLine(name: string, s: Scores): string {
  // A source with no management or administration postings has no lean to score.
  const lean = s.leanN > 0 ? `${s.leanAccuracy.toFixed(3)} (floor ${s.alwaysAdministration.toFixed(3)})` : '  —   (no lean items)';
  return `${name.padEnd(30)} n=${String(s.n).padStart(3)}  lean ${lean}  mgmt-F1 ${s.managementF1.toFixed(3)}  macro-F1 ${s.macroF1.toFixed(3)}  relevance-F1 ${s.relevanceF1.toFixed(3)}  balanced-P ${s.balancedPrecision.toFixed(2)}`;
}

export function formatScores(name: string, s: Scores): string {
  const abbrev: Record<Label, string> = { management: 'mgmt', administration: 'admin', balanced: 'bal', not_applicable: 'n/a' };
  const lines = [
    `== ${name} (n=${s.n})`,
    `lean accuracy ${s.leanAccuracy.toFixed(3)} (n=${s.leanN}; always-administration ${s.alwaysAdministration.toFixed(3)})  management F1 ${s.managementF1.toFixed(3)}  macro-F1 ${s.macroF1.toFixed(3)}  relevance F1 ${s.relevanceF1.toFixed(3)}  label accuracy ${s.accuracy.toFixed(3)}`,
    `per-label F1: ${LABELS.map((l) => `${abbrev[l]} ${s.perLabelF1[l].toFixed(2)}`).join('  ')}`,
    `confusion (rows gold, columns predicted):`,
    `${''.padEnd(8)}${LABELS.map((l) => abbrev[l].padStart(7)).join('')}`,
    ...LABELS.map((g) => `${abbrev[g].padEnd(8)}${LABELS.map((p) => String(s.confusion[g][p]).padStart(7)).join('')}`),
  ];
  return lines.join('\n');
}
