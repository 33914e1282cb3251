// The evaluation over the shared corpus and its dev labels, asserting the targets.
// Skipped (with a message) where ../shared is absent, so a user's clone still passes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineLabel } from '../../../src/classifier/evaluation/baseline';
import { score } from '../../../src/classifier/evaluation/metrics';
import { joinLabels, postingForView, predictView } from '../../../src/classifier/evaluation/views';
import { sharedDir } from './shared-path';

const postingsFile = path.join(sharedDir, 'corpus', 'postings.jsonl');
const labelsFile = path.join(sharedDir, 'corpus', 'labels-dev.jsonl');
const present = existsSync(postingsFile) && existsSync(labelsFile);

if (!present) {
  describe('corpus evaluation', () => {
    it.skip(`skipped: ${postingsFile} and labels-dev.jsonl not found (the shared corpus is not part of the repository)`, () => {});
  });
}

describe.skipIf(!present)('corpus evaluation on the dev labels', () => {
  const items = present ? joinLabels(readFileSync(postingsFile, 'utf8'), readFileSync(labelsFile, 'utf8')) : [];
  const baseline = score(
    items.map((it) => {
      const b = baselineLabel(postingForView(it, 'full'));
      return { id: it.id, gold: it.gold, predicted: b.label, lean: b.lean };
    }),
  );

  it('has labelled items to evaluate', () => {
    expect(items.length).toBeGreaterThan(50);
  });
  // Floors at the figures reached on the new labels-dev.jsonl while classifier v2 (issue 9) is built;
  // only ever raised, and at the end the cross-validated targets.
  it('full posting: lean ≥ 0.85, macro-F1 ≥ 0.69, relevance F1 ≥ 0.99, and beats the title-keyword baseline', () => {
    const s = score(predictView(items, 'full'));
    expect(s.leanAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(s.macroF1).toBeGreaterThanOrEqual(0.69);
    expect(s.relevanceF1).toBeGreaterThanOrEqual(0.99);
    expect(s.leanAccuracy).toBeGreaterThan(baseline.leanAccuracy);
    expect(s.macroF1).toBeGreaterThan(baseline.macroF1);
    expect(s.relevanceF1).toBeGreaterThan(baseline.relevanceF1);
  });
  it('title only: lean ≥ 0.84', () => {
    expect(score(predictView(items, 'title')).leanAccuracy).toBeGreaterThanOrEqual(0.84);
  });
  it('description only (title "Healthcare Manager"): lean ≥ 0.83', () => {
    expect(score(predictView(items, 'description')).leanAccuracy).toBeGreaterThanOrEqual(0.83);
  });
});
