import { describe, expect, it } from 'vitest';
import { customCueProblem } from '../../../src/settings/customCues';
import { defaultSettings } from '../../../src/settings/schema';
import { linkProblem, validateUserCatalogue } from '../../../src/settings/validateCatalogue';
import { validateSettings } from '../../../src/settings/validateSettings';

describe('validateSettings', () => {
  it('accepts the defaults unchanged', () => {
    expect(validateSettings(defaultSettings())).toEqual({ ok: true, value: defaultSettings() });
  });

  it('fills missing fields from the defaults', () => {
    const r = validateSettings({ display: { badgeStyle: 'full' } });
    expect(r.ok && r.value.display).toEqual({ ...defaultSettings().display, badgeStyle: 'full' });
  });

  it.each([
    ['a string', 'nope', 'settings', 'must be an object'],
    ['a weight out of range', { classifier: { weights: { finance: 9 } } }, 'settings.classifier.weights.finance', 'between 0 and 3'],
    ['a weight that is text', { classifier: { weights: { finance: '2' } } }, 'settings.classifier.weights.finance', 'must be a number'],
    ['an unknown badge style', { display: { badgeStyle: 'huge' } }, 'settings.display.badgeStyle', 'must be one of'],
    ['a band too wide', { classifier: { balancedBand: 1.5 } }, 'settings.classifier.balancedBand', 'between'],
    ['a site flag that is not boolean', { sites: { enabled: { indeed: 'yes' } } }, 'settings.sites.enabled.indeed', 'true or false'],
    ['an empty cue', { classifier: { customCues: [{ phrase: '  ', criterionId: 'x', weight: 1 }] } }, 'settings.classifier.customCues[0]', 'empty'],
  ])('refuses %s and says where', (_name, raw, where, message) => {
    const r = validateSettings(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toBe(where);
      expect(r.issues[0]?.message).toContain(message);
    }
  });
});

describe('customCueProblem', () => {
  const others = [{ phrase: 'Budget owner', criterionId: 'finance', weight: 1 }];
  it.each([
    [{ phrase: '', criterionId: 'finance', weight: 1 }, /empty/],
    [{ phrase: 'budget   OWNER ', criterionId: 'finance', weight: 1 }, /already/],
    [{ phrase: 'x'.repeat(61), criterionId: 'finance', weight: 1 }, /too long/],
    [{ phrase: 'capital plan', criterionId: '', weight: 1 }, /Choose a criterion/],
    [{ phrase: 'capital plan', criterionId: 'nope', weight: 1 }, /Unknown criterion/],
    [{ phrase: 'capital plan', criterionId: 'finance', weight: 0 }, /weight/],
  ])('refuses %j', (cue, message) => {
    expect(customCueProblem(cue, others, ['finance'])).toMatch(message);
  });
  it('accepts a new phrase', () => {
    expect(customCueProblem({ phrase: 'capital plan', criterionId: 'finance', weight: 1.5 }, others, ['finance'])).toBeNull();
  });
});

describe('catalogue validation', () => {
  it.each([
    ['http://example.org', /https/],
    ['javascript:alert(1)', /https/],
    ['not a url', /not a web address/],
  ])('refuses the link %s', (link, message) => {
    expect(linkProblem(link)).toMatch(message);
  });
  it('accepts https and no link', () => {
    expect(linkProblem('https://example.org/mha')).toBeNull();
    expect(linkProblem('')).toBeNull();
  });
  it('names the bad entry in a catalogue', () => {
    const r = validateUserCatalogue({
      added: [{ id: 'a', name: 'A', kind: 'course', link: 'http://x.org' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('catalogue.added[0].link');
  });
});
