import { describe, expect, it } from 'vitest';
import { criteria } from '../../../src/classifier/criteria';
import { withKnownCriteria } from '../../../src/settings/known-criteria';
import { parseImport } from '../../../src/user-data/transfer';

const known = criteria.map((c) => c.id);
const real = known[0]!;

describe('unknown criteria', () => {
  it('are pruned before classifying, keeping the known ones', () => {
    const s = {
      weights: { [real]: 2, 'mgmt.renamed_long_ago': 0.5 },
      balancedBand: 0.2,
      customCues: [
        { phrase: 'a', criterionId: real, weight: 1 },
        { phrase: 'b', criterionId: 'gone', weight: 1 },
      ],
    };
    expect(withKnownCriteria(s, known)).toEqual({
      weights: { [real]: 2 },
      balancedBand: 0.2,
      customCues: [{ phrase: 'a', criterionId: real, weight: 1 }],
    });
  });

  it('leave settings with only known criteria untouched', () => {
    const s = { weights: { [real]: 2 }, balancedBand: 0.2, customCues: [] };
    expect(withKnownCriteria(s, known)).toBe(s);
  });

  it('are refused in an import, by name', () => {
    const file = {
      format: 'rolelens-export',
      version: 2,
      settings: { classifier: { weights: { 'no.such.criterion': 1.5 } } },
      corrections: [],
      catalogue: {},
    };
    const parsed = parseImport(JSON.stringify(file), { criteria: known });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toEqual({
      path: 'settings.classifier.weights.no.such.criterion',
      message: 'is not a criterion RoleLens knows',
    });
  });
});
