import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src/training/catalogue';
import { findNamedEntries, splitSentences } from '../../../src/training/named';

const named = (text: string) => findNamedEntries(text, defaultCatalogue).map((m) => `${m.entryId}:${m.strength}`);

describe('findNamedEntries', () => {
  it.each([
    ['Master of Health Administration (MHA) preferred.', ['mha:preferred']],
    ['MHA or MBA required.', ['mha:required', 'mba-healthcare:required']],
    ['Required: Bachelor’s degree in Health Care Administration.', ['bachelor-health-administration:required']],
    ['Bachelor’s degree in healthcare administration, business administration, or a related field required.',
      ['bachelor-health-administration:required', 'bachelor-business-administration:required']],
    ['Master’s degree in business administration is a plus.', ['mba-healthcare:preferred']],
    ['Must hold RHIA or RHIT.', ['rhit:required', 'rhia:required']],
    ['SHRM-CP or PHR certification desirable.', ['shrm-cp:preferred', 'phr:preferred']],
    ['Fellow of the American College of Healthcare Executives.', ['fache:named']],
  ])('%s', (text, expected) => {
    expect(named(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['Our CHC serves three counties.'],
    ['Patients use the PHR portal.'],
    ['Proficient in MS Office and Excel; manage the healthcare administration team.'],
    ['Manage MAs in a busy clinic.'],
    ['Master scheduler for the clinic.'],
    ['Strong business acumen; master’s degree preferred.'],
  ])('does not see a credential in %s', (text) => {
    expect(named(text)).toEqual([]);
  });

  it('reads an ambiguous abbreviation as the credential when the sentence talks about credentials', () => {
    expect(named('CHC certification preferred.')).toEqual(['chc:preferred']);
    expect(named('CCS credential required.')).toEqual(['ccs:required']);
  });

  it('returns the posting’s own sentence verbatim', () => {
    const text = 'Lead the billing office.\n• CPC  required within 6 months';
    const [mention] = findNamedEntries(text, defaultCatalogue);
    expect(mention?.sentence).toBe('CPC  required within 6 months');
    expect(text).toContain(mention!.sentence);
  });
});

describe('splitSentences', () => {
  it('splits on full stops, semicolons, line breaks and bullets', () => {
    expect(splitSentences('One. Two; three\nfour • five')).toEqual(['One.', 'Two;', 'three', 'four', 'five']);
  });
});
