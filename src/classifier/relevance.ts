// Is this a healthcare management/administration role at all? Clinical roles, IT system and
// database administrators, and jobs outside healthcare are not — even when their titles say
// "administrator", "admissions" or "director".
import type { Relevance } from './types';

const CLINICAL_TITLE =
  /\b(nurse|nurses|nursing assistant|staff nurse|physician|doctor|gp|general practitioner|surgeon|therapist|physiotherapist|psychologist|psychiatrist|psychiatry|psychotherapist|midwife|midwives|pharmacist|pharmacy technician|medical assistant|clinical assistant|nurse practitioner|np|rn|lpn|lvn|cna|clinician|physiologist|radiographer|sonographer|paramedic|dentist|dental nurse|hygienist|health ?care assistant|healthcare support worker|phlebotomist|optometrist|dietitian|dietician|podiatrist|audiologist|counsell?or|social worker|care assistant|support worker|carer|doula|anaesthetist|anesthesiologist|registrar|consultant in|medical officer|house officer|junior doctor|chiropractor|technologist|sterile services|pharmacy assistant|abortion provider|clinical fellow)\b/i;
// Heads that make a title with a clinical word an administrative or management post (Nurse Manager,
// GP Practice Manager, Director of Nursing, Medical Secretary).
const NON_CLINICAL_HEAD =
  /\b(manager|director|administrator|administrative|administration|co-?ordinator|secretary|receptionist|clerk|coder|coding|officer|executive|president|head of|supervisor|billing|scheduler|records)\b/i;
const CLINICAL_OFFICER = /\b(medical officer|house officer|clinical fellow)\b/i;

const IT_TITLE =
  /\b(systems? administrator|sys ?admin|database administrator|dba|network (administrator|engineer|manager)|developer|software|engineer|engineering|devops|programmer|data scientist|data engineer|it support|help ?desk|service desk|infrastructure|cyber|web (developer|designer)|technical support|it technician|desktop support|sre)\b/i;
const IT_LEADERSHIP = /\b(director|chief|head of|vice president|vp|cio|cto)\b/i;

// Functions that are not management/administration of care, whatever the employer.
const OTHER_FUNCTION_TITLE =
  /\b(product manager|product owner|organi[sz]er|attorney|lawyer|paralegal|solicitor|social media|content creator|copywriter|graphic designer|teacher|driver|chef|cook|cleaner|housekeeper|porter|security guard|electrician|plumber|mechanic|sales (representative|executive|associate)|account executive|research (assistant|associate|scientist)|scientist|editor|journalist|canvasser|volunteer)\b/i;

const HEALTHCARE =
  /\b(health ?care|health|hospital|hospitals|clinic|clinics|clinical|medical|patient|patients|nhs|gp|general practice|physician|physicians|nurse|nurses|nursing|dental|pharmacy|hospice|ccg|icb|vha|veterans affairs|indian health|reproductive|abortion|gyn|gynecolog\w*|obstetric\w*|maternity|mental health|behavioral health|behavioural health|primary care|ward|wards|outpatients?|inpatients?|cqc|hipaa|ehr|emr|medicaid|medicare|family planning|surgery|surgeries|care quality|trust's|foundation trust|health center|health centre|sexual health|care home|nursing home|therapy|wellness center)\b/gi;
// "health" inside benefits phrases says nothing about the employer.
const BENEFIT_HEALTH = /\b(health (insurance|benefits|plan|savings|care coverage|coverage)|health and wellness|mental health days|dental (insurance|plan|coverage)|medical (insurance|coverage|plan|benefits)|health ?care (benefits|coverage|plan))\b/gi;

export interface RelevanceInput {
  title: string;
  company: string;
  /** Description text with benefits and equal-opportunity sentences removed. */
  body: string;
  /** Sum of evidence weight on both sides (title and description). */
  evidenceTotal: number;
  titleOnly: boolean;
}

export function judgeRelevance(input: RelevanceInput): Relevance {
  const { title } = input;
  if (CLINICAL_TITLE.test(title) && (!NON_CLINICAL_HEAD.test(title) || CLINICAL_OFFICER.test(title))) {
    const word = CLINICAL_TITLE.exec(title)?.[0] ?? 'clinical';
    return { relevant: false, reason: `Clinical role (“${word}” in the title), not management or administration.` };
  }
  if (IT_TITLE.test(title) && !IT_LEADERSHIP.test(title)) {
    const word = IT_TITLE.exec(title)?.[0] ?? 'IT';
    return { relevant: false, reason: `IT or engineering role (“${word}” in the title), not healthcare management or administration.` };
  }
  if (OTHER_FUNCTION_TITLE.test(title)) {
    const word = OTHER_FUNCTION_TITLE.exec(title)?.[0] ?? '';
    return { relevant: false, reason: `A ${word} role is not healthcare management or administration.` };
  }
  const healthScore = healthcareScore(input);
  if (!input.titleOnly && healthScore < 2) {
    return { relevant: false, reason: 'No healthcare setting found in the title, employer or duties.' };
  }
  if (input.evidenceTotal < 0.5) {
    return { relevant: false, reason: 'No management or administration duties found.' };
  }
  if (input.titleOnly && healthScore === 0) {
    return { relevant: true, reason: 'Management/administration title; no healthcare setting visible on the card.' };
  }
  return { relevant: true, reason: 'Healthcare management/administration role.' };
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

function healthcareScore({ title, company, body }: RelevanceInput): number {
  const inTitle = count(HEALTHCARE, title.replace(BENEFIT_HEALTH, ' '));
  const inCompany = count(HEALTHCARE, company);
  const inBody = count(HEALTHCARE, body.replace(BENEFIT_HEALTH, ' '));
  return 2 * Math.min(inTitle, 1) + 2 * Math.min(inCompany, 1) + Math.min(inBody, 6) / 2;
}
