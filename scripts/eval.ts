// Evaluation: `npm run eval -- [POSTINGS.jsonl …] [LABELS.jsonl] [--cv] [--errors] [--sensitivity]`
// With no files it reads ../shared/corpus (every postings*.jsonl and labels-dev.jsonl).
// Prints, for the full posting, the title only and the description only (title replaced by
// "Healthcare Manager"): lean accuracy beside the always-administration floor, management F1,
// macro-F1, relevance F1 and balanced precision, overall and per source, beside the naive
// title-keyword baseline. --cv: leave-one-source-out cross-validation of the constants in
// parameters.ts's CV_GRID (the figures to trust), beside the in-sample ones. --sensitivity: each
// constant moved ±50 %. --errors: the full view's misses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineLabel } from '../src/classifier/evaluation/baseline';
import { crossValidate, tune, type ReadViews } from '../src/classifier/evaluation/cross-validation';
import { formatScores, score, summaryLine, type Prediction, type Scores } from '../src/classifier/evaluation/metrics';
import { sensitivity } from '../src/classifier/evaluation/sensitivity';
import { joinLabels, postingForView, predictReadings, readView, VIEWS, type LabelledPosting, type View } from '../src/classifier/evaluation/views';
import { PARAMETERS } from '../src/classifier/parameters';

const here = path.dirname(fileURLToPath(import.meta.url));

function isLabelsFile(file: string): boolean {
  const first = readFileSync(file, 'utf8').split('\n').find((l) => l.trim());
  try {
    const rec = JSON.parse(first ?? '{}') as Record<string, unknown>;
    return 'label' in rec && !('title' in rec);
  } catch {
    return false;
  }
}

function defaultFiles(): string[] {
  const corpus = path.resolve(here, '../../shared/corpus');
  if (!existsSync(corpus)) return [];
  const postings = readdirSync(corpus).filter((f) => /^postings.*\.jsonl$/.test(f)).sort();
  return [...postings.map((f) => path.join(corpus, f)), path.join(corpus, 'labels-dev.jsonl')];
}

function baseline(items: readonly LabelledPosting[], view: View): Prediction[] {
  return items.map((it) => {
    const b = baselineLabel(postingForView(it, view));
    return { id: it.id, source: it.source, gold: it.gold, predicted: b.label, lean: b.lean };
  });
}

function bySource(preds: readonly Prediction[]): [string, Scores][] {
  const sources = [...new Set(preds.map((p) => p.source ?? '?'))].sort();
  return sources.map((s) => [s, score(preds.filter((p) => (p.source ?? '?') === s))]);
}

function printView(name: string, preds: readonly Prediction[], perSource: boolean): void {
  console.log(summaryLine(name, score(preds)));
  if (perSource) for (const [s, sc] of bySource(preds)) console.log(summaryLine(`    ${s}`, sc));
}

const fmt = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(3);

function main(): void {
  const args = process.argv.slice(2);
  let files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) files = defaultFiles();
  const labels = files.filter(isLabelsFile);
  const postings = files.filter((f) => !labels.includes(f));
  if (labels.length !== 1 || postings.length === 0) {
    console.error('usage: npm run eval -- [POSTINGS.jsonl …] [LABELS.jsonl] [--cv] [--errors] [--sensitivity]\n(no files: ../shared/corpus)');
    process.exit(2);
  }
  const items = joinLabels(postings.map((f) => readFileSync(f, 'utf8')), readFileSync(labels[0]!, 'utf8'), (m) => console.error(m));
  console.log(`${items.length} labelled postings from ${postings.map((f) => path.basename(f)).join(', ')}; labels ${path.basename(labels[0]!)}\n`);

  const views = Object.fromEntries(VIEWS.map((v) => [v, readView(items, v)])) as ReadViews;
  console.log('#### Shipped parameters (in-sample)');
  for (const view of VIEWS) {
    printView(`classifier, ${view}`, predictReadings(views[view]), true);
    printView(`title-keyword baseline, ${view}`, baseline(items, view), false);
    console.log('');
  }
  console.log(formatScores('classifier, full view', score(predictReadings(views.full))));

  if (args.includes('--errors')) {
    console.log('\n#### Misses (full view)');
    for (const p of predictReadings(views.full)) {
      const wrongLean = (p.gold === 'management' && p.lean <= 0) || (p.gold === 'administration' && p.lean >= 0);
      if (p.gold !== p.predicted || wrongLean) {
        const it = items.find((i) => i.id === p.id)!;
        console.log(`  ✗ ${p.id.slice(0, 26).padEnd(26)} gold ${p.gold.padEnd(14)} got ${p.predicted.padEnd(14)} lean ${p.lean.toFixed(2).padStart(5)}  ${it.title.slice(0, 60)}`);
      }
    }
  }

  if (args.includes('--cv')) {
    console.log('\n#### Leave-one-source-out cross-validation (the figures to trust)');
    const cv = crossValidate(views);
    for (const c of cv.chosen) console.log(`held out ${c.held.padEnd(5)} (n=${String(c.n).padStart(3)}): ${JSON.stringify(c.params)}`);
    console.log('');
    for (const view of VIEWS) {
      const inSample = score(predictReadings(views[view]));
      const held = score(cv.predictions[view]);
      printView(`cross-validated, ${view}`, cv.predictions[view], view === 'full');
      console.log(`${''.padEnd(30)} in-sample − cross-validated: lean ${fmt(inSample.leanAccuracy - held.leanAccuracy)}  mgmt-F1 ${fmt(inSample.managementF1 - held.managementF1)}  relevance-F1 ${fmt(inSample.relevanceF1 - held.relevanceF1)}`);
    }
    const tuned = tune(views);
    console.log(`\ntuned on all labels: ${JSON.stringify(Object.fromEntries(Object.entries(tuned).filter(([k, v]) => PARAMETERS[k as keyof typeof PARAMETERS] !== v)))} (empty = the shipped values)`);
  }

  if (args.includes('--sensitivity')) {
    console.log('\n#### Sensitivity: each constant moved ±50 % (change against the shipped figures)');
    const base = Object.fromEntries(VIEWS.map((v) => [v, score(predictReadings(views[v]))])) as Record<View, Scores>;
    console.log(`${'constant'.padEnd(32)} ${'value'.padStart(7)}  full-lean  mgmt-F1  rel-F1  macro-F1  title-lean  desc-lean  bal-P`);
    for (const row of sensitivity(views)) {
      const f = row.scores.full;
      const cells = [
        f.leanAccuracy - base.full.leanAccuracy,
        f.managementF1 - base.full.managementF1,
        f.relevanceF1 - base.full.relevanceF1,
        f.macroF1 - base.full.macroF1,
        row.scores.title.leanAccuracy - base.title.leanAccuracy,
        row.scores.description.leanAccuracy - base.description.leanAccuracy,
        f.balancedPrecision - base.full.balancedPrecision,
      ];
      console.log(`${`${row.constant} ×${row.factor}`.padEnd(32)} ${row.value.toFixed(3).padStart(7)}  ${cells.map((c) => fmt(c).padStart(8)).join('  ')}`);
    }
  }
}

main();
