// Verdicts as kept and sent: sentences as offsets into the text kept beside them, the strongest
// few pieces of evidence per criterion, and every field the module does not name carried as is.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';
import type { Verdict } from '../../../src/classifier/types';
import { compactVerdict, expandVerdict, EVIDENCE_PER_CRITERION } from '../../../src/shared/compact-verdict';

const posting = {
  title: 'Director of Clinic Operations',
  description:
    'You will lead strategic planning for the network. You will oversee the annual budget and capital plan. ' +
    'Manage day-to-day operations, scheduling and billing. Supervise front-desk staff and patient registration.',
};

describe('compactVerdict', () => {
  it('round-trips a real verdict: the same evidence, sentences from offsets', () => {
    const verdict = classify(posting);
    const compact = compactVerdict(verdict, posting);
    expect(compact.evidence.every((e) => e.sentence === undefined && e.sentenceStart !== undefined)).toBe(true);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(verdict).length);
    expect(expandVerdict(compact, posting)).toEqual(verdict);
  });

  it('carries evidence fields it does not know (a zone, new offsets) without a change', () => {
    const verdict = classify(posting);
    const withZone = { ...verdict, scope: 'department', evidence: verdict.evidence.map((e) => ({ ...e, zone: 'duties' })) } as unknown as Verdict;
    const back = expandVerdict(compactVerdict(withZone, posting), posting) as unknown as { scope: string; evidence: { zone: string }[] };
    expect(back.scope).toBe('department');
    expect(back.evidence.every((e) => e.zone === 'duties')).toBe(true);
  });

  it('keeps the strongest few per criterion and counts the rest with their signed weight', () => {
    const sentence = 'Oversee the budget.';
    const description = Array.from({ length: 20 }, () => sentence).join(' ');
    const evidence = Array.from({ length: 20 }, (_, i) => ({
      criterionId: 'mgmt.finance',
      side: 'management' as const,
      weight: i + 1,
      cue: 'budget',
      sentence,
      field: 'description' as const,
      start: i * 20 + 12,
      end: i * 20 + 18,
      sentenceStart: i * 20,
      sentenceEnd: i * 20 + 19,
      zone: 'duties' as const,
    }));
    const verdict = { ...classify(posting), evidence };
    const compact = compactVerdict(verdict, { title: 'x', description });
    expect(compact.evidence.map((e) => e.weight)).toEqual([15, 16, 17, 18, 19, 20].slice(0, EVIDENCE_PER_CRITERION));
    expect(compact.omitted).toEqual({ 'mgmt.finance': { count: 14, weight: (14 * 15) / 2 } });
  });

  it('keeps a sentence verbatim where the kept text does not hold it (a cut description)', () => {
    const verdict = classify(posting);
    const cut = { ...posting, description: posting.description.slice(0, 40) };
    const compact = compactVerdict(verdict, cut);
    const back = expandVerdict(compact, cut);
    expect(back.evidence.map((e) => e.sentence)).toEqual(verdict.evidence.map((e) => e.sentence));
    // Offsets only where the kept text holds the sentence.
    for (const e of back.evidence) if (e.sentenceEnd > 0) expect(cut[e.field].slice(e.sentenceStart, e.sentenceEnd)).toBe(e.sentence);
    expect(compact.evidence.some((e) => e.sentence !== undefined)).toBe(true);
  });
});
