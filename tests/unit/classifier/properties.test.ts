// Property tests: random and adversarial text never throws, the lean stays in range, evidence
// offsets slice the input exactly, and the output is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';
import type { Posting, Verdict } from '../../../src/classifier/types';

const words = ['strategy', 'budget', 'day-to-day', 'organisation-wide', 'not', 'no', 'reports to', 'the', 'Chief Executive', 'billing', 'HIPAA', 'records', 'admissions', 'nurse', 'administrator', 'Benefits:', 'About us', '.', ',', '•', '\n', "isn't", 'co-ordinator', 'IT', 'É', '😀', '\u0000', '  '];
const jobText = fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), jobText);
const posting = fc.record({ title: anyText, description: fc.option(anyText, { nil: undefined }), company: fc.option(anyText, { nil: undefined }) });

function checkVerdict(p: Posting, v: Verdict): void {
  expect(v.lean).toBeGreaterThanOrEqual(-1);
  expect(v.lean).toBeLessThanOrEqual(1);
  expect(v.confidence).toBeGreaterThanOrEqual(0);
  expect(v.confidence).toBeLessThanOrEqual(1);
  expect(['management', 'administration', 'balanced', 'not_applicable']).toContain(v.label);
  expect(['organisation', 'division', 'department', 'individual']).toContain(v.scope);
  if (v.label === 'management') expect(v.lean).toBeGreaterThan(0);
  if (v.label === 'administration') expect(v.lean).toBeLessThan(0);
  for (const e of v.evidence) {
    const source = e.field === 'title' ? p.title : p.description ?? '';
    expect(source.slice(e.start, e.end)).toBe(e.cue);
    expect(source).toContain(e.sentence);
    expect(source.slice(e.sentenceStart, e.sentenceEnd)).toBe(e.sentence);
    expect(e.sentence).toContain(e.cue);
    expect(Number.isFinite(e.weight)).toBe(true);
  }
}

describe('classify() properties', () => {
  it('never throws and keeps its invariants on random and adversarial postings', () => {
    fc.assert(
      fc.property(posting, fc.boolean(), (p, titleOnly) => {
        checkVerdict(p, classify(p, undefined, { titleOnly }));
      }),
      { numRuns: 400 },
    );
  });
  it('is deterministic', () => {
    fc.assert(
      fc.property(posting, (p) => {
        expect(classify(p)).toEqual(classify({ ...p }));
      }),
      { numRuns: 150 },
    );
  });
  it('survives bad settings and odd inputs without throwing', () => {
    const bad = [null, 42, 'x', { weights: 'heavy' }, { balancedBand: -3 }, { customCues: [{ phrase: '', criterionId: 'nope', weight: 'x' }] }];
    for (const s of bad) {
      expect(() => classify({ title: 'Practice Manager' }, s as never)).not.toThrow();
    }
    expect(() => classify({} as Posting)).not.toThrow();
    expect(() => classify({ title: 'x'.repeat(100_000), description: 'budget '.repeat(20_000) })).not.toThrow();
  });
});
