// The three evaluation views: full posting, title only (list cards), and description only (the
// title replaced by "Healthcare Manager", so the description has to carry the verdict). Each
// posting is read once per view (reading.ts); parameters are then tried on the readings.
import { conclude } from '../conclude';
import { read } from '../index';
import { PARAMETERS, type Parameters } from '../parameters';
import type { PostingReading } from '../reading';
import { defaultClassifierSettings } from '../settings';
import type { Label, Posting } from '../types';
import type { Prediction } from './metrics';

export interface LabelledPosting extends Posting {
  id: string;
  gold: Label;
  /** Where the posting comes from: the id's prefix (nhs, rhjb, usaj, li, af, cs, hj…). */
  source: string;
}

export type View = 'full' | 'title' | 'description';
export const VIEWS: readonly View[] = ['full', 'title', 'description'];
export const NEUTRAL_TITLE = 'Healthcare Manager';

export function postingForView(item: Posting, view: View): Posting {
  if (view === 'title') return { title: item.title, company: item.company };
  if (view === 'description') return { title: NEUTRAL_TITLE, description: item.description, company: item.company };
  return { title: item.title, description: item.description, company: item.company };
}

export interface ReadItem {
  item: LabelledPosting;
  reading: PostingReading;
}

export function readView(items: readonly LabelledPosting[], view: View): ReadItem[] {
  return items.map((item) => ({ item, reading: read(postingForView(item, view), undefined, { titleOnly: view === 'title' }) }));
}

export function predictReadings(readings: readonly ReadItem[], params: Parameters = PARAMETERS, balancedBand = defaultClassifierSettings().balancedBand): Prediction[] {
  return readings.map(({ item, reading }) => {
    const v = conclude(reading, params, balancedBand);
    return { id: item.id, source: item.source, gold: item.gold, predicted: v.label, lean: v.lean };
  });
}

export function predictView(items: readonly LabelledPosting[], view: View, params: Parameters = PARAMETERS): Prediction[] {
  return predictReadings(readView(items, view), params);
}

export const sourceOf = (id: string): string => id.split('-')[0] ?? id;

/** Parses postings (one or more JSONL texts) and labels into labelled postings; bad lines are reported, not fatal. */
export function joinLabels(postingsJsonl: string | readonly string[], labelsJsonl: string, report: (msg: string) => void = () => {}): LabelledPosting[] {
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
  const texts = typeof postingsJsonl === 'string' ? [postingsJsonl] : postingsJsonl;
  const postings = new Map(texts.flatMap((t, i) => parse(t, `postings file ${i + 1}`)).map((p) => [String(p.id), p]));
  return parse(labelsJsonl, 'labels').flatMap((l) => {
    const p = postings.get(String(l.id));
    if (!p) {
      report(`label for unknown posting ${String(l.id)}, skipped`);
      return [];
    }
    return [{
      id: String(p.id),
      source: sourceOf(String(p.id)),
      title: String(p.title ?? ''),
      description: String(p.description ?? ''),
      company: p.company === undefined || p.company === null ? undefined : String(p.company),
      gold: l.label as Label,
    }];
  });
}
