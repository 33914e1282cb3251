import { describe, expect, it } from 'vitest';
import { badgeView } from '../../../src/content/badge-view';
import { badgeReasons, humanizeCriterionId } from '../../../src/shared/badge-reasons';
import { defaultSettings } from '../../../src/settings/schema';
import { tagOrder, tagVocabulary } from '../../../src/shared/tag-vocabulary';
import { fakeBadgeVerdict, fakeVerdict } from './fake-site';

const display = defaultSettings().display;

describe('badgeView', () => {
  it.each([
    ['management', true, 'Mgmt 80%'],
    ['management', false, 'Management 80%'],
    ['administration', true, 'Admin 80%'],
    ['balanced', false, 'Balanced 80%'],
    ['not_applicable', true, 'N/A'],
    ['not_applicable', false, 'Not applicable'],
  ] as const)('%s (compact %s) → "%s", with the icon the popup draws for the tag', (label, compact, text) => {
    const view = badgeView(fakeBadgeVerdict(label, 'full'), display, { compact });
    expect([view.text, view.icon]).toEqual([text, tagVocabulary[label].icon]);
  });

  it('says the tag in the words the popup uses (one vocabulary)', () => {
    for (const label of tagOrder) {
      const full = badgeView(fakeBadgeVerdict(label, 'full'), { ...display, badgeStyle: 'full' }, { compact: false });
      expect(full.text.startsWith(tagVocabulary[label].word)).toBe(true);
    }
  });

  it('never relies on colour: each tag has its own icon and words', () => {
    const labels = ['management', 'administration', 'balanced', 'not_applicable'] as const;
    const views = labels.map((l) => badgeView(fakeBadgeVerdict(l, 'full'), display, { compact: true }));
    expect(new Set(views.map((v) => v.icon)).size).toBe(4);
    expect(new Set(views.map((v) => v.text)).size).toBe(4);
  });

  it('the full badge style applies to cards too', () => {
    const view = badgeView(fakeBadgeVerdict('administration', 'title'), { ...display, badgeStyle: 'full' }, { compact: true });
    expect(view.text).toBe('Administration 80%');
    expect(view.accessibleName).toContain('from the title only');
  });

  it('not-applicable postings are muted or hidden as set', () => {
    const na = fakeBadgeVerdict('not_applicable', 'full');
    expect(badgeView(na, { ...display, notApplicable: 'dim' }, { compact: true }).muted).toBe(true);
    expect(badgeView(na, { ...display, notApplicable: 'hide' }, { compact: true }).hidden).toBe(true);
    expect(badgeView(na, { ...display, notApplicable: 'show' }, { compact: true })).toMatchObject({ muted: false, hidden: false });
    expect(badgeView(fakeBadgeVerdict('management', 'full'), { ...display, notApplicable: 'hide' }, { compact: true }).hidden).toBe(false);
  });

  it('gives the two strongest pieces of evidence as reasons, by criterion name, else a readable form of the id', () => {
    expect(humanizeCriterionId('mgmt.scope.strategic_long_term')).toBe('Mgmt.scope.strategic long term');
    const reasons = badgeReasons(fakeVerdict('management', 'full').evidence, (id) => (id === 'strategic_planning' ? 'Strategy' : undefined));
    expect(reasons).toEqual(['“strategy” — Strategy', '“schedules” — Daily operations']);
    expect(badgeView({ ...fakeBadgeVerdict('management', 'full'), reasons }, display, { compact: true }).reasons).toEqual(reasons);
  });
});

describe('badge accessible name', () => {
  it.each([
    ['management', true, 0, 'full', 'RoleLens: Management 80% confidence, shown as Mgmt 80%. Open explanation'],
    ['management', false, 0, 'full', 'RoleLens: Management 80% confidence. Open explanation'],
    ['administration', true, 0, 'title', 'RoleLens: Administration 80% confidence, from the title only, shown as Admin 80%. Open explanation'],
    ['balanced', true, 0.9, 'full', 'RoleLens: Unsure 80% confidence (leans balanced). Open explanation'],
    ['not_applicable', true, 0, 'full', 'RoleLens: not a healthcare management or administration role, shown as N/A. Open explanation'],
  ] as const)('%s (compact %s, minimum %s, %s) says the tag, the confidence and the words shown', (label, compact, minConfidence, mode, name) => {
    const view = badgeView(fakeBadgeVerdict(label, mode), { ...display, minConfidence }, { compact });
    expect(view.accessibleName).toBe(name);
    // Label in name: the visible words are part of the accessible name.
    expect(view.accessibleName.toLowerCase()).toContain(view.text.toLowerCase());
  });
});
