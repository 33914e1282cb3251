// The study plan across saved jobs: the lean, the training ranked by how many jobs it fits and
// whether postings name it, what the user holds left out, and a plan that follows removals.
import { describe, expect, it } from 'vitest';
import { studyPlan } from '../../../src/shortlist/study-plan';
import { defaultCatalogue } from '../../../src/training/catalogue';
import { administrationJob, managementJob, namingJob } from './jobs';

const plan = (jobs: Parameters<typeof studyPlan>[0]['jobs'], held: string[] = []) =>
  studyPlan({ jobs, catalogue: defaultCatalogue, held });

describe('studyPlan', () => {
  it('is empty for an empty shortlist', () => {
    expect(plan([])).toMatchObject({ jobCount: 0, lean: null, side: null, items: [], heldLeftOut: [] });
  });

  it('says which side the saved jobs lean to and how strongly', () => {
    const p = plan([managementJob('A'), managementJob('B'), administrationJob('C')]);
    expect(p.counts).toEqual({ management: 2, administration: 1, balanced: 0, not_applicable: 0 });
    expect(p.side).toBe('management');
    expect(p.lean).toBeCloseTo((0.72 * 2 - 0.68) / 3);
    expect(plan([administrationJob('C')]).side).toBe('administration');
    expect(plan([managementJob('A'), administrationJob('C')]).side).toBe('balanced');
  });

  it('ranks training by how many saved jobs it fits; only degrees and certifications', () => {
    const p = plan([managementJob('A'), managementJob('B'), administrationJob('C')]);
    expect(p.items.length).toBeGreaterThan(0);
    for (const item of p.items) expect(item.entry.kind).not.toBe('course');
    const fits = p.items.map((i) => i.fits);
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    // What two management jobs share outranks what only the administration job wants.
    expect(p.items[0]!.fits).toBe(2);
    expect(p.items[0]!.entry.sides).toContain('management');
  });

  it('counts the postings that name an entry, and what they require', () => {
    const p = plan([namingJob('N1'), namingJob('N2'), managementJob('M')]);
    const fache = p.items.find((i) => i.entry.id === 'fache');
    expect(fache).toMatchObject({ named: 2, required: 2 });
    const mha = p.items.find((i) => i.entry.id === 'mha');
    expect(mha).toMatchObject({ named: 2, required: 0 });
    // Named by two postings, FACHE comes before anything that merely fits as many.
    const rank = (id: string) => p.items.findIndex((i) => i.entry.id === id);
    for (const other of p.items.filter((i) => i.fits <= fache!.fits && i.named === 0)) expect(rank('fache')).toBeLessThan(rank(other.entry.id));
  });

  it('leaves out what the user holds, and says so', () => {
    const before = plan([namingJob('N1'), managementJob('M')]);
    expect(before.items.some((i) => i.entry.id === 'mha')).toBe(true);
    const after = plan([namingJob('N1'), managementJob('M')], ['MHA']);
    expect(after.items.some((i) => i.entry.id === 'mha')).toBe(false);
    expect(after.heldLeftOut.map((e) => e.id)).toContain('mha');
  });

  it('changes when a job is removed', () => {
    const all = plan([namingJob('N1'), administrationJob('A1'), administrationJob('A2')]);
    const fewer = plan([namingJob('N1')]);
    expect(fewer.counts.administration).toBe(0);
    expect(fewer.items.map((i) => [i.entry.id, i.fits])).not.toEqual(all.items.map((i) => [i.entry.id, i.fits]));
  });
});
