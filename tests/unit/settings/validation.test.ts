// One schema per stored thing, one policy: a stored value keeps its valid parts (each dropped
// part named), an import names every problem and keeps nothing back.
import { describe, expect, it } from 'vitest';
import { criteria } from '../../../src/classifier/criteria';
import { CUES_MAX } from '../../../src/classifier/settings-schema';
import { validateClassifierSettings } from '../../../src/classifier/settings';
import { checkCorrections } from '../../../src/corrections/schema';
import { customCueProblem } from '../../../src/settings/custom-cues';
import { checkImportedSettings, checkSettings, defaultSettings } from '../../../src/settings/schema';
import { checkImportedCatalogue, checkUserCatalogue, linkProblem } from '../../../src/training/schema';

describe('stored settings keep their valid parts', () => {
  it('accepts the defaults unchanged', () => {
    expect(checkSettings(defaultSettings())).toEqual({ value: defaultSettings(), issues: [] });
  });

  it('fills missing fields from the defaults', () => {
    const r = checkSettings({ display: { badgeStyle: 'full' } });
    expect(r.issues).toEqual([]);
    expect(r.value.display).toEqual({ ...defaultSettings().display, badgeStyle: 'full' });
  });

  it.each([
    ['a weight out of range', { classifier: { weights: { finance: 9 } } }, 'settings.classifier.weights.finance', 'between 0 and 3'],
    ['a weight that is text', { classifier: { weights: { finance: '2' } } }, 'settings.classifier.weights.finance', 'must be a number'],
    ['an unknown badge style', { display: { badgeStyle: 'huge' } }, 'settings.display.badgeStyle', 'must be one of'],
    ['a band too wide', { classifier: { balancedBand: 1.5 } }, 'settings.classifier.balancedBand', 'between'],
    ['a site flag that is not boolean', { sites: { enabled: { indeed: 'yes' } } }, 'settings.sites.enabled.indeed', 'true or false'],
    ['an empty cue', { classifier: { customCues: [{ phrase: '  ', criterionId: 'x', weight: 1 }] } }, 'settings.classifier.customCues[0].phrase', 'empty'],
  ])('drops %s, names it, and keeps everything else', (_name, raw, where, message) => {
    const keep = { classifier: { weights: { other: 2 } }, display: { notApplicable: 'hide' }, sites: { enabled: { lever: false } } };
    const merged = {
      classifier: { ...keep.classifier, ...(raw as { classifier?: object }).classifier, weights: { ...keep.classifier.weights, ...((raw as { classifier?: { weights?: object } }).classifier?.weights ?? {}) } },
      display: { ...keep.display, ...(raw as { display?: object }).display },
      sites: { enabled: { ...keep.sites.enabled, ...((raw as { sites?: { enabled?: object } }).sites?.enabled ?? {}) } },
    };
    const r = checkSettings(merged);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.path).toBe(where);
    expect(r.issues[0]?.message).toContain(message);
    expect(r.whole).toBeUndefined();
    // Never "reset everything for one bad value": the other choices survive.
    expect(r.value.classifier.weights.other).toBe(2);
    expect(r.value.display.notApplicable).toBe('hide');
    expect(r.value.sites.enabled.lever).toBe(false);
  });

  it('goes back to the defaults only when nothing can be read', () => {
    const r = checkSettings('nope');
    expect(r.whole).toBe(true);
    expect(r.value).toEqual(defaultSettings());
    expect(r.issues[0]).toMatchObject({ path: 'settings', message: expect.stringContaining('must be an object') });
  });

  it('keeps the first 100 custom cues of a longer list, and drops a repeated phrase', () => {
    const cues = Array.from({ length: CUES_MAX + 5 }, (_, i) => ({ phrase: `cue ${i}`, criterionId: 'x', weight: 1 }));
    cues.splice(1, 0, { phrase: 'CUE  0', criterionId: 'x', weight: 2 });
    const r = checkSettings({ classifier: { customCues: cues } });
    expect(r.value.classifier.customCues).toHaveLength(CUES_MAX);
    expect(r.value.classifier.customCues.map((c) => c.phrase)).not.toContain('CUE  0');
    expect(r.issues.map((i) => i.message).join('\n')).toMatch(/already a custom cue[\s\S]*at most 100 cues/);
  });

  it('reads user-keyed maps without a prototype: "toString" or "__proto__" find nothing inherited', () => {
    const r = checkSettings(JSON.parse('{"classifier":{"weights":{"__proto__":{"x":1},"a":1.5}},"sites":{"enabled":{"constructor":true}}}'));
    expect(r.value.classifier.weights.a).toBe(1.5);
    expect(r.value.classifier.weights.toString).toBeUndefined();
    expect(Object.getPrototypeOf(r.value.classifier.weights)).toBeNull();
    expect(r.issues.map((i) => i.path)).toEqual(['settings.classifier.weights.__proto__', 'settings.sites.enabled.constructor']);
  });
});

describe('imports name every problem', () => {
  it('refuses unknown criteria, boards and reserved names, each by name', () => {
    const known = { criteria: [criteria[0]!.id], sites: ['indeed'] };
    const raw = JSON.parse(`{"classifier":{"weights":{"toString":1,"no.such":2,"${criteria[0]!.id}":9}},"sites":{"enabled":{"__proto__":true,"monster":false}}}`);
    const r = checkImportedSettings(raw, 'settings', known);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => `${i.path}: ${i.message}`).sort()).toEqual(
        [
          'settings.classifier.weights.no.such: is not a criterion RoleLens knows',
          'settings.classifier.weights.toString: is not a criterion RoleLens knows',
          `settings.classifier.weights.${criteria[0]!.id}: must be between 0 and 3, got 9`,
          'settings.sites.enabled.__proto__: "__proto__" is a reserved name, not a key RoleLens uses',
          'settings.sites.enabled.monster: is not a job board RoleLens knows',
        ].sort(),
      );
  });

  it('refuses a catalogue edit of an entry that is not shipped (e.g. "__proto__"), by name', () => {
    const entry = { id: 'mha', name: 'MHA', kind: 'degree' };
    const r = checkImportedCatalogue(JSON.parse(`{"edited":{"__proto__":${JSON.stringify(entry)},"nope":${JSON.stringify(entry)},"mha":${JSON.stringify(entry)}}}`), 'catalogue', { trainingIds: ['mha'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path).sort()).toEqual(['catalogue.edited.__proto__', 'catalogue.edited.nope']);
  });
});

describe('the classifier and the stored settings agree', () => {
  it.each([
    [{ weights: { [criteria[0]!.id]: 4 } }],
    [{ balancedBand: 0.95 }],
    [{ customCues: [{ phrase: 'x'.repeat(61), criterionId: criteria[0]!.id, weight: 1 }] }],
    [{ customCues: [{ phrase: 'gain share', criterionId: criteria[0]!.id, weight: 4 }] }],
  ])('both drop %j', (raw) => {
    const classifier = validateClassifierSettings(raw);
    const stored = checkSettings({ classifier: raw });
    expect(classifier.errors.length + classifier.warnings.length).toBe(1);
    expect(stored.issues).toHaveLength(1);
    expect(stored.value.classifier).toEqual(classifier.value);
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

describe('corrections', () => {
  it('keep every valid correction and feature; features read without a prototype', () => {
    const good = { jobId: 'j1', label: 'management', features: { a: 1 }, at: 5 };
    const r = checkCorrections(JSON.parse(`[${JSON.stringify(good)},{"jobId":"j2","label":"nope","features":{},"at":1},{"jobId":"j3","label":"balanced","features":{"toString":2,"b":"x"},"at":2}]`));
    expect(r.value.map((c) => c.jobId)).toEqual(['j1', 'j3']);
    expect(r.value[1]!.features).toEqual({ toString: 2 });
    expect(Object.getPrototypeOf(r.value[1]!.features)).toBeNull();
    expect(r.issues.map((i) => i.path)).toEqual(['corrections[1].label', 'corrections[2].features.b']);
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
  it('drops a bad link but keeps the entry, and names it', () => {
    const r = checkUserCatalogue({ added: [{ id: 'a', name: 'A', kind: 'course', link: 'http://x.org' }] });
    expect(r.issues[0]?.path).toBe('catalogue.added[0].link');
    expect(r.value.added).toEqual([{ id: 'a', name: 'A', kind: 'course', level: '', sides: [], specializations: [], seniority: [], why: '', custom: true }]);
  });
});
