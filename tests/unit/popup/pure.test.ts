import { afterEach, describe, expect, it } from 'vitest';
import { criteria } from '../../../src/classifier/criteria';
import { cueRangeInSentence, mergeRanges, splitByCues } from '../../../src/ui/popup/evidence-groups';
import { ignoredThatMatters } from '../../../src/ui/popup/ignored-text';
import { parsePastedPosting, readPageInTab } from '../../../src/ui/popup/read-page';
import { otherSide, tippingCriteria } from '../../../src/ui/popup/tipping';
import { evidenceFor, managementPosting, managementVerdict } from './verdict-fixtures';

describe('evidence helpers', () => {
  it('splits a sentence into plain and cue runs that join back to the sentence', () => {
    const parts = splitByCues('Lead the budget and the strategy.', [{ start: 24, end: 32 }, { start: 9, end: 15 }]);
    expect(parts).toEqual([
      { text: 'Lead the ', cue: false },
      { text: 'budget', cue: true },
      { text: ' and the ', cue: false },
      { text: 'strategy', cue: true },
      { text: '.', cue: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('Lead the budget and the strategy.');
  });

  it('merges overlapping cue ranges and clamps ranges to the sentence', () => {
    expect(mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 6 }])).toEqual([{ start: 0, end: 9 }]);
    expect(splitByCues('abc', [{ start: 1, end: 99 }]).map((p) => p.text)).toEqual(['a', 'bc']);
  });

  it('places the cue by its offsets, so a repeated word marks the right occurrence', () => {
    const posting = { title: 'T', description: 'Plan it.\nSet the budget, then review the budget.' };
    const first = evidenceFor(posting, { criterionId: 'x', side: 'management', cue: 'budget', weight: 1 });
    const secondAt = posting.description.lastIndexOf('budget');
    const second = { ...first, start: secondAt, end: secondAt + 6 };
    expect(cueRangeInSentence(first, posting)).toEqual({ start: 8, end: 14 });
    expect(cueRangeInSentence(second, posting)).toEqual({ start: 32, end: 38 });
    // Without the posting it can only search the sentence.
    expect(cueRangeInSentence(second, undefined)).toEqual({ start: 8, end: 14 });
  });
});

describe('tipping criteria', () => {
  it('names the other side; none for not applicable', () => {
    expect(otherSide({ label: 'management', lean: 0.5 })).toBe('administration');
    expect(otherSide({ label: 'administration', lean: -0.5 })).toBe('management');
    expect(otherSide({ label: 'not_applicable', lean: 0 })).toBeNull();
  });

  it('lists absent criteria of the other side by weight, and leaves out ones met strongly', () => {
    const strong = { ...managementVerdict, label: 'administration' as const, lean: -0.5 };
    const items = tippingCriteria(strong, criteria, 50);
    expect(items.every((i) => i.criterion.side === 'management')).toBe(true);
    expect(items.map((i) => i.criterion.id)).not.toContain('mgmt.scope.strategic_long_term');
    const weights = items.map((i) => i.criterion.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });
});

describe('ignored text', () => {
  it('finds benefits sentences that use criterion words, and nothing in a posting without them', () => {
    const found = ignoredThatMatters(managementPosting.description!, criteria);
    expect(found.map((f) => f.sentence)).toEqual(['We offer tuition support for a strategic planning course and a generous pension.']);
    expect(found[0]!.zone).toBe('other');
    expect(ignoredThatMatters('Oversee the front desk.\nWe offer free parking.', criteria)).toEqual([]);
  });
});

describe('reading a page', () => {
  afterEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('prefers JSON-LD JobPosting (inside @graph, HTML description) over the page text', () => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({
      '@graph': [{ '@type': 'Organization' }, {
        '@type': 'JobPosting', title: 'Clinic Manager', hiringOrganization: { name: 'North Clinic' },
        description: '<p>Lead the clinic&#39;s budget.</p><ul><li>Hire staff</li></ul>',
      }],
    });
    document.head.append(script);
    document.body.textContent = 'Unrelated page text';
    expect(readPageInTab()).toEqual({
      title: 'Clinic Manager', company: 'North Clinic', source: 'json-ld',
      description: 'Lead the clinic\'s budget.\nHire staff',
    });
  });

  it('falls back to the main text and the first heading; skips broken JSON-LD', () => {
    const bad = document.createElement('script');
    bad.type = 'application/ld+json';
    bad.textContent = '{ not json';
    document.head.append(bad);
    const main = document.createElement('main');
    const h1 = document.createElement('h1');
    h1.textContent = 'Office Manager';
    const p = document.createElement('p');
    p.textContent = 'Run the front office.';
    main.append(h1, p);
    document.body.append(main);
    const result = readPageInTab();
    expect(result?.source).toBe('text');
    expect(result?.title).toBe('Office Manager');
    expect(result?.description).toContain('Run the front office.');
  });

  it('splits a pasted posting into title and description', () => {
    expect(parsePastedPosting('\n  Practice Manager \nLead the team.\nBudget.')).toEqual({ title: 'Practice Manager', description: 'Lead the team.\nBudget.' });
    expect(parsePastedPosting('   \n ')).toBeNull();
    const long = 'x'.repeat(200);
    expect(parsePastedPosting(long)).toEqual({ title: '', description: long });
  });
});
