// Cues read in their sense (LABELLING.md §1–§2): a management word in a support duty counts for
// administration; setting a strategy or policy is management, delivering one set by others is
// administration; names of bodies, departments and other people's titles are no cues.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';
import type { Verdict } from '../../../src/classifier/types';

const company = 'Riverside Health';
const duty = (description: string, title = 'Healthcare Manager'): Verdict => classify({ title, company, description: `Duties: ${description}` });
const about = (v: Verdict, word: RegExp): Verdict['evidence'] => v.evidence.filter((e) => e.field === 'description' && word.test(e.cue));

describe('support-verb transfer: a management word governed by a support verb counts for administration', () => {
  it.each([
    ['You will support the financial management of the directorate.', /financial management/i],
    ['You will prepare papers for the Board.', /board/i],
    ['You will organise the strategy away-day for the senior team.', /strategy/i],
    ['You will assist the director with the development of the annual business plan.', /business plan/i],
    ['You will schedule Board meetings and take their minutes.', /board/i],
    ['You will lead the development of the division’s strategic plan on behalf of the Divisional Director.', /strategic plan/i],
  ])('%s', (text, word) => {
    const found = about(duty(text), word);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) {
      expect(e.side).toBe('administration');
      expect(e.sense).toBe('support');
      expect(e.criterionId).toBe('admin.tasks.clerical_support');
    }
  });
  it('a helping verb before a setting verb governs: "help shape the strategy" is support below the executive team', () => {
    const found = about(duty('You will help shape the practice strategy.'), /strategy/i);
    expect(found.map((e) => [e.side, e.sense])).toEqual([['administration', 'support']]);
  });
  it('"contribute to the strategy" is support below the executive team and the job within it', () => {
    const manager = about(duty('You will contribute to the hospital strategy.'), /strategy/i);
    expect(manager.every((e) => e.side === 'administration' && e.sense === 'support')).toBe(true);
    const executive = about(classify({ title: 'Chief Operating Officer', company, description: 'Duties: You will contribute to the hospital strategy with the Board.' }), /strategy/i);
    expect(executive.every((e) => e.side === 'management' && e.sense === undefined)).toBe(true);
  });
  it('"support" as a noun governs nothing: "with the support of the Board, you will set the strategy"', () => {
    const found = about(duty('With the support of the Board, you will set the strategy for the clinics.'), /strategy/i);
    expect(found.map((e) => [e.side, e.sense])).toEqual([['management', undefined]]);
  });
  it('the same word set by the post itself stays management', () => {
    const found = about(duty('You will write the financial strategy for the directorate.'), /financial strategy/i);
    expect(found.map((e) => [e.side, e.sense])).toEqual([['management', undefined]]);
  });
});

describe('setting versus delivering', () => {
  it.each([
    'You will develop the organisation’s digital strategy.',
    'You will set policy for the health system.',
    'You will drive the strategy for community services.',
    'You will develop and implement the workforce strategy.',
  ])('setting: %s', (text) => {
    const mgmt = duty(text).evidence.filter((e) => e.field === 'description' && e.side === 'management');
    expect(mgmt.length).toBeGreaterThan(0);
    expect(mgmt.every((e) => e.sense === undefined)).toBe(true);
  });
  it.each([
    'You will implement the Trust’s digital strategy.',
    'You will roll out the new workforce strategy across the wards.',
    'You will monitor delivery of the transformation programme.',
    'You will lead the implementation of the clinical strategy.',
    'You will make sure the strategic plan is delivered on time.',
  ])('delivering: %s', (text) => {
    const v = duty(text);
    const moved = v.evidence.filter((e) => e.sense === 'delivering');
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((e) => e.side === 'administration' && e.criterionId === 'admin.policy.implementing')).toBe(true);
    expect(v.evidence.filter((e) => e.field === 'description' && e.side === 'management' && e.weight > 0)).toEqual([]);
  });
  it('the subject does not decide: a VP who sets the workforce strategy is management, a manager who runs rotas is administration', () => {
    const vp = classify({
      title: 'Vice President of People',
      company,
      description: 'Duties: You will set the organisation’s workforce strategy and its people plan. You will shape our culture and lead organisational development across the system.',
    });
    const manager = classify({ title: 'Workforce Manager', company, description: 'Duties: You will run recruitment, rotas and sickness absence for the wards and keep the payroll accurate.' });
    expect(vp.label).toBe('management');
    expect(manager.label).toBe('administration');
  });
});

describe('names are not cues', () => {
  it.each([
    ['You will work with colleagues in the Strategy and Partnerships Directorate on the rota.', /strateg|partnership/i],
    ['You will liaise with the Home Office on visa sponsorship.', /office/i],
    ['You will keep the clinic CQC registered and ready for inspection.', /cqc/i],
    ['You will brief our Business Development Manager on clinic capacity.', /business development/i],
    ['You will support the Director of Strategy with diary management.', /strategy/i],
  ])('%s', (text, word) => {
    const found = duty(text).evidence.filter((e) => e.field === 'description' && word.test(e.cue));
    expect(found).toEqual([]);
  });
  it('a function word naming a team is no duty ("work with the strategy team"); leading that team is', () => {
    expect(about(duty('You will work with the strategy team on clinic capacity.'), /strategy/i)).toEqual([]);
    expect(about(duty('You will lead the strategy team.'), /strategy/i).length).toBe(1);
  });
  it('the same words as duties still count', () => {
    expect(about(duty('You will lead business development and new partnerships.'), /business development|partnerships/i).length).toBe(2);
    expect(about(duty('You will prepare the practice for inspection.'), /inspection/i).length).toBe(1);
  });
});
