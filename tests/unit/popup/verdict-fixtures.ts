// Hand-made postings and verdicts for the popup's component tests. Evidence is built by finding
// each cue in the posting, so offsets and sentences are exact like the classifier's.
import type { Evidence, Label, Posting, Side, Verdict } from '../../../src/classifier/types';

export const managementPosting: Posting = {
  title: 'Director of Strategy and Operations',
  company: 'Lakeside Community Health',
  description: [
    'Lead the strategic planning process for the whole organization.',
    'Set and manage the annual operating budget across four clinics.',
    'Build a positive workplace culture and develop our leadership team.',
    'You will also review day-to-day scheduling reports.',
    'We offer tuition support for a strategic planning course and a generous pension.',
  ].join('\n'),
};

export const administrationPosting: Posting = {
  title: 'Practice Administrator',
  company: 'Maple Family Clinic',
  description: [
    'Oversee day-to-day operations of the front office.',
    'Maintain patient records in the EHR and support billing and coding staff.',
    'Ensure HIPAA compliance across the practice.',
  ].join('\n'),
};

interface CueSpec {
  criterionId: string;
  side: Side;
  cue: string;
  weight: number;
  field?: 'title' | 'description';
  zone?: Evidence['zone'];
  sense?: Evidence['sense'];
}

/** Evidence for `cue` at its first place in the posting, with its whole line as the sentence. */
export function evidenceFor(posting: Posting, spec: CueSpec): Evidence {
  const field = spec.field ?? 'description';
  const text = field === 'title' ? posting.title : posting.description ?? '';
  const start = text.indexOf(spec.cue);
  if (start < 0) throw new Error(`cue not in posting: ${spec.cue}`);
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
  return {
    criterionId: spec.criterionId,
    side: spec.side,
    weight: spec.weight,
    cue: spec.cue,
    sentence: text.slice(lineStart, lineEnd),
    field,
    start,
    end: start + spec.cue.length,
    sentenceStart: lineStart,
    sentenceEnd: lineEnd,
    zone: spec.zone ?? (field === 'title' ? 'title' : 'duties'),
    ...(spec.sense ? { sense: spec.sense } : {}),
  };
}

export function verdictOf(label: Label, lean: number, posting: Posting, cues: CueSpec[], extra: Partial<Verdict> = {}): Verdict {
  return {
    label,
    lean,
    confidence: 0.82,
    relevance: { relevant: label !== 'not_applicable', reason: 'A healthcare leadership role.' },
    seniority: 'senior',
    scope: 'division',
    duties: { management: 2, administration: 1 },
    decidedBy: 'duties',
    specializations: [],
    evidence: cues.map((c) => evidenceFor(posting, c)),
    mode: 'full',
    ...extra,
  };
}

export const managementVerdict = verdictOf('management', 0.72, managementPosting, [
  { criterionId: 'mgmt.path.manager_roles', side: 'management', cue: 'Director of Strategy', weight: 2.4, field: 'title', zone: 'title' },
  { criterionId: 'mgmt.scope.strategic_long_term', side: 'management', cue: 'strategic planning', weight: 1.8 },
  { criterionId: 'mgmt.scope.organization_wide', side: 'management', cue: 'whole organization', weight: 1.2 },
  { criterionId: 'mgmt.decisions.budgets_resources', side: 'management', cue: 'annual operating budget', weight: 1.5 },
  { criterionId: 'mgmt.leadership.culture', side: 'management', cue: 'workplace culture', weight: 1.1 },
  { criterionId: 'mgmt.leadership.culture', side: 'management', cue: 'leadership team', weight: 0.9 },
  { criterionId: 'admin.tasks.scheduling', side: 'administration', cue: 'scheduling', weight: 0.6 },
]);

export const administrationVerdict = verdictOf('administration', -0.68, administrationPosting, [
  { criterionId: 'admin.path.administrative_roles', side: 'administration', cue: 'Practice Administrator', weight: 2.5, field: 'title', zone: 'title' },
  { criterionId: 'admin.scope.day_to_day', side: 'administration', cue: 'day-to-day operations', weight: 1.6 },
  { criterionId: 'admin.tasks.records_ehr', side: 'administration', cue: 'patient records', weight: 1.3 },
  { criterionId: 'admin.tasks.records_ehr', side: 'administration', cue: 'EHR', weight: 1.0 },
  { criterionId: 'admin.tasks.billing_coding', side: 'administration', cue: 'billing and coding', weight: 1.2 },
  { criterionId: 'admin.tasks.compliance_privacy', side: 'administration', cue: 'HIPAA compliance', weight: 1.2 },
], { seniority: 'mid', specializations: ['billing_coding', 'records_management'] });
