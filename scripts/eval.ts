// Evaluation: `npm run eval -- POSTINGS LABELS [--cv] [--errors]`
// Prints, for three views (full posting, title only, description only with the title replaced by
// "Healthcare Manager"), the confusion matrix, lean accuracy, macro-F1 and relevance F1, beside the
// naive title-keyword baseline. --cv tunes the scoring parameters with leave-one-source-out
// cross-validation (sources: nhs, rhjb, usaj, li) and prints in-sample and cross-source figures.
import { readFileSync } from 'node:fs';
import { DEFAULT_PARAMS, type ScoringParams } from '../src/classifier/scoring';
import { joinLabels, postingForView, predictView, VIEWS, type LabelledPosting, type View } from '../src/classifier/evaluation/views';
import { baselineLabel } from '../src/classifier/evaluation/baseline';
import { formatScores, score, type Prediction, type Scores } from '../src/classifier/evaluation/metrics';

type Item = LabelledPosting;

function loadItems(postingsFile: string, labelsFile: string): Item[] {
  return joinLabels(readFileSync(postingsFile, 'utf8'), readFileSync(labelsFile, 'utf8'), (m) => console.error(m));
}

const predict = predictView;

function baseline(items: readonly Item[], view: View): Prediction[] {
  return items.map((it) => {
    const b = baselineLabel(postingForView(it, view));
    return { id: it.id, gold: it.gold, predicted: b.label, lean: b.lean };
  });
}

const sourceOf = (id: string): string => id.split('-')[0] ?? id;

interface Candidate {
  params: ScoringParams;
  band: number;
}

function candidates(): Candidate[] {
  const out: Candidate[] = [];
  for (const titleWeight of [2, 3, 4])
    for (const repeatDecay of [0.45, 0.6])
      for (const balancedMinShare of [0.22, 0.26, 0.3])
        for (const balancedMinSide of [3, 4, 5, 6])
          for (const band of [0.3, 0.45]) out.push({ params: { ...DEFAULT_PARAMS, titleWeight, repeatDecay, balancedMinShare, balancedMinSide }, band });
  return out;
}

/** One number to maximise: the full view's three targets plus the two single-field views' lean. */
function objective(items: readonly Item[], c: Candidate): number {
  const full = score(predict(items, 'full', c.params, c.band));
  const title = score(predict(items, 'title', c.params, c.band));
  const desc = score(predict(items, 'description', c.params, c.band));
  return full.leanAccuracy + full.macroF1 + full.relevanceF1 + 0.5 * title.leanAccuracy + 0.5 * desc.leanAccuracy;
}

function describe(c: Candidate): string {
  return `titleWeight=${c.params.titleWeight} repeatDecay=${c.params.repeatDecay} balancedMinShare=${c.params.balancedMinShare} balancedMinSide=${c.params.balancedMinSide} band=${c.band}`;
}

function crossValidate(items: readonly Item[]): void {
  const grid = candidates();
  const sources = [...new Set(items.map((i) => sourceOf(i.id)))];
  const pooled: Record<View, Prediction[]> = { full: [], title: [], description: [] };
  console.log(`\n#### Leave-one-source-out cross-validation over ${grid.length} parameter settings`);
  for (const held of sources) {
    const train = items.filter((i) => sourceOf(i.id) !== held);
    const test = items.filter((i) => sourceOf(i.id) === held);
    let best = grid[0]!;
    let bestScore = -Infinity;
    for (const c of grid) {
      const s = objective(train, c);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    console.log(`held out ${held} (n=${test.length}): chose ${describe(best)}`);
    for (const v of VIEWS) pooled[v].push(...predict(test, v, best.params, best.band));
  }
  for (const v of VIEWS) console.log(formatScores(`cross-source, ${v}`, score(pooled[v])));
  let best = grid[0]!;
  let bestScore = -Infinity;
  for (const c of grid) {
    const s = objective(items, c);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  console.log(`\nin-sample best: ${describe(best)}`);
  for (const v of VIEWS) console.log(formatScores(`in-sample tuned, ${v}`, score(predict(items, v, best.params, best.band))));
}

function summary(name: string, s: Scores): string {
  return `${name.padEnd(34)} lean ${s.leanAccuracy.toFixed(3)}  macro-F1 ${s.macroF1.toFixed(3)}  relevance F1 ${s.relevanceF1.toFixed(3)}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 2) {
    console.error('usage: npm run eval -- POSTINGS.jsonl LABELS.jsonl [--cv] [--errors]');
    process.exit(2);
  }
  const items = loadItems(files[0]!, files[1]!);
  const lines: string[] = [];
  for (const view of VIEWS) {
    const preds = predict(items, view, DEFAULT_PARAMS);
    const s = score(preds);
    console.log(formatScores(`classifier, ${view} view`, s));
    const b = score(baseline(items, view));
    console.log(formatScores(`baseline (title keywords), ${view} view`, b));
    console.log('');
    lines.push(summary(`classifier ${view}`, s), summary(`baseline ${view}`, b));
    if (args.includes('--errors')) {
      for (const p of preds) {
        const wrong = p.gold !== p.predicted || ((p.gold === 'management' && p.lean <= 0) || (p.gold === 'administration' && p.lean >= 0));
        if (wrong) {
          const it = items.find((i) => i.id === p.id)!;
          console.log(`  ✗ ${p.id.slice(0, 24).padEnd(24)} gold ${p.gold.padEnd(14)} got ${p.predicted.padEnd(14)} lean ${p.lean.toFixed(2).padStart(5)}  ${it.title.slice(0, 60)}`);
        }
      }
      console.log('');
    }
  }
  console.log('#### Summary (default parameters)');
  console.log(lines.join('\n'));
  if (args.includes('--cv')) crossValidate(items);
}

main();
