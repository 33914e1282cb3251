// The three evaluation views: full posting, title only (list cards), and description only (the
// title replaced by "Healthcare Manager", so the description has to carry the verdict).
import { classifyWith } from '../index';
import { DEFAULT_PARAMS, type ScoringParams } from '../scoring';
import { defaultClassifierSettings } from '../settings';
import type { Label, Posting } from '../types';
import type { Prediction } from './metrics';

export interface LabelledPosting extends Posting {
  id: string;
  gold: Label;
}

export type View = 'full' | 'title' | 'description';
export const VIEWS: readonly View[] = ['full', 'title', 'description'];
export const NEUTRAL_TITLE = 'Healthcare Manager';

export function postingForView(item: LabelledPosting, view: View): Posting {
  if (view === 'title') return { title: item.title, company: item.company };
  if (view === 'description') return { title: NEUTRAL_TITLE, description: item.description, company: item.company };
  return { title: item.title, description: item.description, company: item.company };
}

export function predictView(
  items: readonly LabelledPosting[],
  view: View,
  params: ScoringParams = DEFAULT_PARAMS,
  balancedBand = defaultClassifierSettings().balancedBand,
): Prediction[] {
  return items.map((it) => {
    const v = classifyWith(postingForView(it, view), { balancedBand }, { titleOnly: view === 'title' }, params);
    return { id: it.id, gold: it.gold, predicted: v.label, lean: v.lean };
  });
}

/** Parses postings and labels JSONL into labelled postings; bad lines are reported, not fatal. */
export function joinLabels(postingsJsonl: string, labelsJsonl: string, report: (msg: string) => void = () => {}): LabelledPosting[] {
  const parse = (text: string, name: string): Record<string, unknown>[] =>
    text.split('\n').flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        report(`${name} line ${i + 1}: not valid JSON, skipped`);
        return [];
      }
    });
  const postings = new Map(parse(postingsJsonl, 'postings').map((p) => [String(p.id), p]));
  return parse(labelsJsonl, 'labels').flatMap((l) => {
    const p = postings.get(String(l.id));
    if (!p) {
      report(`label for unknown posting ${String(l.id)}, skipped`);
      return [];
    }
    return [{
      id: String(p.id),
      title: String(p.title ?? ''),
      description: String(p.description ?? ''),
      company: p.company === undefined || p.company === null ? undefined : String(p.company),
      gold: l.label as Label,
    }];
  });
}
