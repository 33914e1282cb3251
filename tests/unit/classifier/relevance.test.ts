// Not applicable (LABELLING.md §4): care delivery, IT/data/engineering, staff roles of other
// professions, veterinary care, employers outside healthcare. A clinical or IT word beside a
// manager's head is judged by the duties.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';
import { analystPosting, caseloadPosting, databaseAdminPosting, nonHealthcarePosting, nursePosting, otherIndustryPosting, vetPosting } from './fixtures';

const company = 'Example Health Clinic';

describe('relevance', () => {
  it.each([
    ['a nurse on an admissions unit', nursePosting, /clinical/i],
    ['a database administrator at a hospital', databaseAdminPosting, /IT, data or engineering/i],
    ['a compliance director at a financial firm', nonHealthcarePosting, /outside healthcare/i],
    ['a practice manager at a veterinary hospital', vetPosting, /veterinary/i],
    ['a data analyst at a hospital', analystPosting, /another profession|IT, data/i],
    ['a coordinator whose duties are a clinical caseload', caseloadPosting, /clinical care|delivering care/i],
    ['an operations manager at a home-improvement firm', otherIndustryPosting, /outside healthcare/i],
  ])('%s is not applicable, with the reason', (_name, posting, reason) => {
    const v = classify(posting);
    expect(v.label).toBe('not_applicable');
    expect(v.relevance.relevant).toBe(false);
    expect(v.relevance.reason).toMatch(reason);
  });
  it('an administrative title word does not let a nursing post through ("Staff Nurse – Admissions")', () => {
    const v = classify({ title: 'Staff Nurse - Admissions and Discharge', company, description: 'You will admit patients and manage discharges.' });
    expect(v.label).toBe('not_applicable');
  });
  it.each(['Systems Administrator', 'Medical Assistant', 'Physiotherapist', 'Senior Software Engineer', 'Consultant Psychiatrist', 'Marketing Officer', 'Communications Officer', 'Research Assistant'])(
    'title-only "%s" is not applicable',
    (title) => {
      expect(classify({ title, company }, undefined, { titleOnly: true }).label).toBe('not_applicable');
    },
  );
  it.each(['Nurse Manager', 'GP Practice Manager', 'Medical Secretary', 'Director of IT', 'Medical Support Assistant', 'Director of Marketing', 'Patient Advocacy Associate'])(
    '"%s" is a management/administration role despite its clinical, IT or profession word',
    (title) => {
      const v = classify({ title, company }, undefined, { titleOnly: true });
      expect(v.relevance.relevant).toBe(true);
      expect(v.label).not.toBe('not_applicable');
    },
  );
  it('a nurse manager is in scope when the duties run the unit, and not when they deliver care', () => {
    const running = classify({ title: 'Nurse Manager', company, description: 'Duties: You will run the ward day to day: rotas, recruitment, the budget and compliance with policies and procedures.' });
    const caring = classify({ title: 'Nurse Manager', company, description: 'Duties: You will hold a caseload, assess patients, administer medications and deliver nursing care on the ward, with physical examinations and treatment plans.' });
    expect(running.relevance.relevant).toBe(true);
    expect(caring.relevance.relevant).toBe(false);
  });
  it('an IT leader is in scope when the duties set direction, and not when they run systems', () => {
    const cio = classify({ title: 'Director of IT', company, description: 'Duties: You will develop the hospital’s digital strategy, lead investment decisions in new technology and set the direction of the information strategy.' });
    const ops = classify({ title: 'Director of IT', company, description: 'Duties: You will run the service desk, keep the network up and patch the servers.' });
    expect(cio.relevance.relevant).toBe(true);
    expect(cio.label).toBe('management');
    expect(ops.relevance.relevant).toBe(false);
  });
  it('a leader of another profession’s function is judged by the duties', () => {
    const v = classify({ title: 'Director of Marketing', company, description: 'Duties: You will lead marketing and business development to grow the clinic network into new markets.' });
    expect(v.label).toBe('management');
  });
  it('a health body without patients of its own is in scope', () => {
    const v = classify({ title: 'Operations Manager', company: 'Regional Public Health Agency', description: 'Duties: You will run day-to-day operations and the rota for the public health team.' });
    expect(v.relevance.relevant).toBe(true);
  });
  it('"PET" is imaging, not pets; a senior living community is care; a unit’s name is no care duty', () => {
    const pet = classify({ title: 'PET Centre Service Manager', company: 'Northgate Hospital', description: 'Duties: You will run the PET-CT service day to day, its bookings, rota and budget.' });
    expect(pet.relevance.relevant).toBe(true);
    const living = classify({ title: 'Executive Director', company: 'Maple Grove', description: 'Maple Grove is a senior living community with assisted living and memory care, known for its hospitality. Duties: You will set the community’s strategy and budget and lead its growth.' });
    expect(living.relevance.relevant).toBe(true);
    const unit = classify({ title: 'Care Group Manager', company: 'Northgate Hospital', description: 'Duties: You will manage the Diagnostics and Therapeutics Care Group, its Rehabilitation Services and their rotas.' });
    expect(unit.relevance.relevant).toBe(true);
  });
  it('a physician leader is judged by the duties, like a nurse manager', () => {
    const v = classify({ title: 'Physician Leader, Cardiovascular Services', company: 'Northgate Hospital', description: 'Duties: You will set the service line’s strategy and growth plans and run its day-to-day operations, staffing and budget.' });
    expect(v.relevance.relevant).toBe(true);
  });
  it('a posting with a healthcare setting and management duties is relevant', () => {
    const v = classify({ title: 'Operations Director', company: 'Example Hospital', description: 'Lead operations strategy for the hospital and its patients.' });
    expect(v.relevance).toEqual({ relevant: true, reason: expect.any(String) });
  });
});
