// The options page's pure helpers: catalogue overlay edits, pasted-posting parsing, cue preview.
import { describe, expect, it } from 'vitest';
import { criteria } from '../../../src/classifier/criteria';
import { effectiveCatalogue, emptyUserCatalogue } from '../../../src/training/user-catalogue';
import { defaultCatalogue } from '../../../src/training/catalogue';
import type { TrainingEntry } from '../../../src/training/types';
import { newEntryId, removeEntry, restoreDefaults, saveEntry } from '../../../src/training/catalogue-edits';
import { changedSamples } from '../../../src/ui/options/cue-preview';
import { postingFromText, previewJobId } from '../../../src/ui/options/PreviewSection';
import { samplePostings } from '../../../src/ui/options/samples';

const shipped = defaultCatalogue;
const first = shipped[0]!;
const mine: TrainingEntry = {
  id: 'custom-lean',
  name: 'Lean course',
  kind: 'course',
  level: 'professional',
  sides: ['management'],
  specializations: [],
  seniority: [],
  why: 'process improvement',
};

describe('catalogue overlay edits', () => {
  it('edits a shipped entry in place, keeping the order', () => {
    const user = saveEntry(emptyUserCatalogue(), { ...first, name: 'Renamed' }, shipped);
    const list = effectiveCatalogue(shipped, user);
    expect(list[0]!.name).toBe('Renamed');
    expect(list).toHaveLength(shipped.length);
  });

  it('removes a shipped entry and restores it with the defaults; keeps what I hold', () => {
    let user = { ...emptyUserCatalogue(), held: ['MHA'] };
    user = removeEntry(saveEntry(user, { ...first, name: 'Renamed' }, shipped), first.id, shipped);
    expect(effectiveCatalogue(shipped, user).some((e) => e.id === first.id)).toBe(false);
    expect(user.edited).toEqual({});
    user = restoreDefaults(user);
    expect(effectiveCatalogue(shipped, user)).toEqual([...shipped]);
    expect(user.held).toEqual(['MHA']);
  });

  it('adds, edits and removes the user’s own entries', () => {
    let user = saveEntry(emptyUserCatalogue(), mine, shipped);
    expect(user.added).toEqual([{ ...mine, custom: true }]);
    user = saveEntry(user, { ...mine, name: 'Lean healthcare course' }, shipped);
    expect(user.added.map((e) => e.name)).toEqual(['Lean healthcare course']);
    expect(removeEntry(user, mine.id, shipped).added).toEqual([]);
  });

  it('makes unique ids for new entries', () => {
    expect(newEntryId('Lean course!', [])).toBe('custom-lean-course');
    expect(newEntryId('Lean course', [{ ...mine, id: 'custom-lean-course' }])).toBe('custom-lean-course-2');
  });
});

describe('pasted posting', () => {
  it('takes the first line as the title', () => {
    expect(postingFromText('  Billing Manager\nRun the billing office.\nMore.')).toEqual({
      title: 'Billing Manager',
      description: 'Run the billing office.\nMore.',
    });
    expect(postingFromText('Just a title')).toEqual({ title: 'Just a title' });
  });
  it('gives the same text the same job id, and other text another', () => {
    expect(previewJobId('a\nb')).toBe(previewJobId('a\nb'));
    expect(previewJobId('a\nb')).not.toBe(previewJobId('a\nc'));
  });
});

describe('custom-cue preview', () => {
  const base = { weights: {}, balancedBand: 0.2, customCues: [] };
  const mgmt = criteria.find((c) => c.side === 'management')!.id;
  it('lists only the samples containing the phrase', () => {
    const changes = changedSamples(samplePostings, base, {
      ...base,
      customCues: [{ phrase: 'front desk team', criterionId: mgmt, weight: 3 }],
    });
    expect(changes.map((c) => c.sampleId)).toEqual(['sample-patient-access-supervisor']);
    expect(changes[0]!.after.lean).toBeGreaterThan(changes[0]!.before.lean);
  });
  it('lists nothing for a phrase no sample has', () => {
    expect(
      changedSamples(samplePostings, base, {
        ...base,
        customCues: [{ phrase: 'zebra husbandry', criterionId: mgmt, weight: 3 }],
      }),
    ).toEqual([]);
  });
});
