// Leave-one-source-out cross-validation: for each source (nhs, rhjb, usaj, …) the constants in
// CV_GRID are chosen on the other sources and the held-out source is predicted with them; the
// pooled held-out predictions give the figures we trust. The choice is coordinate descent over the
// grid (each constant in turn, two passes), starting from the shipped values, keeping the shipped
// value on ties — a full grid would be tens of thousands of settings for a few dozen postings.
import { CV_GRID, PARAMETERS, type Parameters } from '../parameters';
import { score, type Prediction } from './metrics';
import { predictReadings, VIEWS, type ReadItem, type View } from './views';

export type ReadViews = Record<View, ReadItem[]>;

/** The one number tuning maximises: the targets, full view first. */
export function objective(views: ReadViews, params: Parameters): number {
  const full = score(predictReadings(views.full, params));
  const title = score(predictReadings(views.title, params));
  const desc = score(predictReadings(views.description, params));
  return full.leanAccuracy + full.managementF1 + full.relevanceF1 + 0.5 * full.macroF1 + 0.5 * title.leanAccuracy + 0.5 * desc.leanAccuracy;
}

export function tune(views: ReadViews, start: Parameters = PARAMETERS): Parameters {
  let best = { ...start };
  let bestScore = objective(views, best);
  for (let pass = 0; pass < 2; pass++) {
    for (const [key, grid] of Object.entries(CV_GRID) as [keyof Parameters, readonly number[]][]) {
      for (const value of grid) {
        if (value === best[key]) continue;
        const candidate = { ...best, [key]: value };
        const s = objective(views, candidate);
        if (s > bestScore + 1e-9) {
          best = candidate;
          bestScore = s;
        }
      }
    }
  }
  return best;
}

const subset = (views: ReadViews, keep: (r: ReadItem) => boolean): ReadViews =>
  Object.fromEntries(VIEWS.map((v) => [v, views[v].filter(keep)])) as ReadViews;

export interface CrossValidation {
  /** Pooled held-out predictions per view. */
  predictions: Record<View, Prediction[]>;
  /** What was chosen with each source held out. */
  chosen: { held: string; n: number; params: Partial<Parameters> }[];
}

export function crossValidate(views: ReadViews): CrossValidation {
  const sources = [...new Set(views.full.map((r) => r.item.source))];
  const predictions: Record<View, Prediction[]> = { full: [], title: [], description: [] };
  const chosen: CrossValidation['chosen'] = [];
  for (const held of sources) {
    const params = tune(subset(views, (r) => r.item.source !== held));
    const test = subset(views, (r) => r.item.source === held);
    for (const v of VIEWS) predictions[v].push(...predictReadings(test[v], params));
    chosen.push({ held, n: test.full.length, params: changedFrom(PARAMETERS, params) });
  }
  return { predictions, chosen };
}

export function changedFrom(base: Parameters, p: Parameters): Partial<Parameters> {
  const out: Partial<Parameters> = {};
  for (const k of Object.keys(p) as (keyof Parameters)[]) if (p[k] !== base[k]) out[k] = p[k];
  return out;
}
