// Zoning (LABELLING.md §1): duties decide; the person specification counts little; the employer's
// self-description, benefits, pay, equal opportunity, logistics and metadata count for nothing —
// also when a posting arrives with its line breaks collapsed or its sentences fused.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';
import { splitSentences } from '../../../src/classifier/sentences';
import { zoneSentences } from '../../../src/classifier/zones';

const zonesOf = (text: string, company = ''): [string, string][] =>
  zoneSentences(text, company).filter((s) => !s.heading).map((s) => [text.slice(s.start, s.end), s.zone]);
const zoneOf = (text: string, fragment: string, company = ''): string | undefined => zonesOf(text, company).find(([t]) => t.includes(fragment))?.[1];

describe('sentences', () => {
  it('splits text whose line breaks were collapsed at punctuation and bullets', () => {
    const text = 'Job summary The role. Main duties Book clinics • Answer calls';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Job summary The role.', 'Main duties Book clinics', 'Answer calls']);
  });
  it('repairs a sentence fused to the next without a space ("practice.We")', () => {
    const text = 'Salary £40,000 per annum for our practice.We need a manager to run the front desk.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Salary £40,000 per annum for our practice.', 'We need a manager to run the front desk.']);
  });
  it('repairs bullets fused to each other ("for the clinicDevelop")', () => {
    const text = 'Support the lead on goals for the clinicDevelop the annual business planOversee billing';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Support the lead on goals for the clinic', 'Develop the annual business plan', 'Oversee billing']);
  });
  it('keeps names with inner capitals whole ("eFinancials", "McKinsey")', () => {
    const text = 'Use eFinancials with McKinsey advisers.';
    expect(splitSentences(text)).toHaveLength(1);
  });
});

describe('headings anywhere in the text', () => {
  it('finds a Title Case heading in the middle of collapsed text ("…with confidence The Role …")', () => {
    const text = 'We are a friendly surgery that treats patients with confidence The Role The post holder will run the reception team.';
    expect(zoneOf(text, 'post holder will run')).toBe('duties');
    expect(zoneOf(text, 'friendly surgery')).toBe('employer');
  });
  it('"Key responsibilities", "What you’ll do" and "The Role" open the duties; "Benefits" closes them', () => {
    const text = 'About Riverside Health Riverside Health runs ten clinics. What you’ll do Oversee billing and coding. Benefits Generous leave and a pension.';
    expect(zoneOf(text, 'runs ten clinics', 'Riverside Health')).toBe('employer');
    expect(zoneOf(text, 'Oversee billing')).toBe('duties');
    expect(zoneOf(text, 'Generous leave')).toBe('other');
  });
  it('"What you bring" opens the person specification', () => {
    const text = 'What you will do Run the clinic rota. What you bring A record of leading growth and strategy.';
    expect(zoneOf(text, 'Run the clinic rota')).toBe('duties');
    expect(zoneOf(text, 'record of leading growth')).toBe('person');
  });
  it('"About <Employer>" opens the employer’s description, "About you" the person specification', () => {
    const text = 'About Hillcrest Medical Group Hillcrest cares for 40,000 patients. About you Experience of NHS finance is essential.';
    expect(zoneOf(text, 'cares for 40,000')).toBe('employer');
    expect(zoneOf(text, 'NHS finance')).toBe('person');
  });
  it('a sentence that merely starts with a heading word is not a heading ("Schedule appointments…")', () => {
    const text = 'Responsibilities: Schedule appointments for the clinic. Education of new staff on the system.';
    expect(zoneOf(text, 'Schedule appointments')).toBe('duties');
    expect(zoneOf(text, 'Education of new staff')).toBe('duties');
  });
});

describe('the sentence’s own wording overrules its heading', () => {
  it('"We are looking for a manager to…" under "About us" is a duty', () => {
    const text = 'About us We are a leading teaching hospital. We are looking for a manager to run our outpatient clinics and their rotas.';
    expect(zoneOf(text, 'leading teaching hospital')).toBe('employer');
    expect(zoneOf(text, 'looking for a manager')).toBe('duties');
  });
  it('the employer describing itself under the duties heading is the employer', () => {
    const text = 'Main duties of the job Our trust has an annual income of £1 billion and a bold strategy. You will manage the medical records team.';
    expect(zoneOf(text, 'annual income')).toBe('employer');
    expect(zoneOf(text, 'medical records team')).toBe('duties');
  });
  it('the employer as the subject, without a word to "you", is the employer ("We help physicians…")', () => {
    const text = 'Duties: We help physicians grow their practices through partnerships. We need a manager to run billing. Our clinics serve 40,000 patients and you will run two of them.';
    expect(zoneOf(text, 'We help physicians')).toBe('employer');
    expect(zoneOf(text, 'We need a manager')).toBe('duties');
    expect(zoneOf(text, 'you will run two')).toBe('duties');
  });
  it('skills asked of the applicant are the person specification, wherever they stand', () => {
    const text = 'Duties: You will have excellent strategic thinking skills. You will have overall responsibility for the budget.';
    expect(zoneOf(text, 'strategic thinking')).toBe('person');
    expect(zoneOf(text, 'overall responsibility')).toBe('duties');
  });
  it('pay, equal opportunity, logistics and metadata are "other" wherever they stand', () => {
    const text =
      'Duties: You will lead the strategy. Interviews will be held on 3 May. For further information contact Sam Lee on 01234 567890. ' +
      'We are an equal opportunity employer. Salary: £60,000 per annum. Please contact the hiring manager with questions.';
    for (const f of ['Interviews will be held', 'further information', 'equal opportunity', '£60,000', 'hiring manager']) expect(zoneOf(text, f)).toBe('other');
    expect(zoneOf(text, 'lead the strategy')).toBe('duties');
  });
  it('a metadata label makes only its own sentence "other"', () => {
    const text = 'Closing date: 1 June. You will run the admissions office.';
    expect(zoneOf(text, '1 June')).toBe('other');
    expect(zoneOf(text, 'admissions office')).toBe('duties');
  });
});

describe('zones weigh what they hold, and every piece of evidence says where it came from', () => {
  const company = 'Example Health Clinic';
  it('benefits, equal-opportunity text and metadata count for nothing', () => {
    const v = classify({ title: 'Healthcare Manager', company, description: 'Benefits: we offer health insurance and help with your MBA. We are an equal opportunity employer committed to a positive culture.' });
    expect(v.evidence.filter((e) => e.field === 'description')).toEqual([]);
  });
  it('the employer’s own strategy is not the role’s', () => {
    const v = classify({ title: 'Healthcare Manager', company, description: 'About us: We are a leading hospital with a bold five-year strategy and plans for growth.' });
    expect(v.evidence.filter((e) => e.side === 'management')).toEqual([]);
  });
  it('the person specification counts a fraction of a duty', () => {
    const duty = classify({ title: 'Healthcare Manager', company, description: 'Responsibilities: You will set the strategic plan.' });
    const person = classify({ title: 'Healthcare Manager', company, description: 'Person specification: Experience of writing a strategic plan is essential.' });
    const w = (v: typeof duty): number => v.evidence.find((e) => /strategic plan/i.test(e.cue))?.weight ?? 0;
    expect(w(person)).toBeGreaterThan(0);
    expect(w(person)).toBeLessThan(w(duty) / 2);
    expect(person.evidence.find((e) => /strategic plan/i.test(e.cue))?.zone).toBe('person');
  });
  it('each evidence item carries its zone and sentence offsets into the input', () => {
    const description = 'Duties: You will oversee billing. About you: knowledge of HIPAA.';
    const v = classify({ title: 'Billing Manager', company, description });
    for (const e of v.evidence) {
      const source = e.field === 'title' ? 'Billing Manager' : description;
      expect(source.slice(e.sentenceStart, e.sentenceEnd)).toBe(e.sentence);
      expect(['title', 'duties', 'person']).toContain(e.zone);
    }
    expect(v.evidence.some((e) => e.zone === 'title')).toBe(true);
    expect(v.evidence.some((e) => e.zone === 'duties')).toBe(true);
  });
});
