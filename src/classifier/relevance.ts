// Is this a healthcare management/administration role at all? Clinical roles, IT system and
// database administrators, and jobs outside healthcare are not — even when their titles say
// "administrator", "admissions" or "director".
import type { Relevance } from './types';

const CLINICAL_TITLE =
  /\b(nurse|nurses|nursing assistant|staff nurse|physician|doctor|gp|general practitioner|surgeon|therapist|physiotherapist|psychologist|psychiatrist|psychiatry|psychotherapist|midwife|midwives|pharmacist|pharmacy technician|medical assistant|clinical assistant|nurse practitioner|np|rn|lpn|lvn|cna|clinician|physiologist|radiographer|sonographer|paramedic|dentist|dental nurse|hygienist|health ?care assistant|healthcare support worker|phlebotomist|optometrist|dietitian|dietician|podiatrist|audiologist|counsell?or|social worker|care assistant|support worker|carer|doula|anaesthetist|anesthesiologist|registrar|consultant in|medical officer|house officer|junior doctor|chiropractor|technologist|sterile services|pharmacy assistant|abortion provider|clinical fellow|dental assistant|health visitor|nursing associate|assistant practitioner|practice nurse|charge nurse|ward sister|emt|emergency medical technician|laboratory|lab technician|biomedical|healthcare scientist|psychiatric|mental health practitioner|speech and language|optician|orthoptist|perfusionist|hospitalist|resident physician|medical scientist|clinical nurse)\b/i;
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

// Industries other than healthcare, in words any posting from them would use.
const OTHER_INDUSTRY =
  /\b(financial services|banking|bank's|investment bank|asset management|wealth management|brokerage|broker-dealer|securities|finra|anti-money laundering|aml|kyc|fintech|insurance carrier|underwriting|retail stores?|e-?commerce|hospitality|hotel|hotels|travel industry|airline|airlines|saas|software company|manufacturing plant|real estate|law firm|oil and gas|automotive|casino|restaurant)\b/gi;

// Clinical care in the duties: a posting whose work is this is a clinical role, whatever its title.
export const CLINICAL_DUTIES =
  /\b(registered nurse|nmc|hcpc|gmc|diagnos\w*|prescrib\w*|treatment plans?|treatments?|treat|treating|assess patients|assessment and treatment|clinical assessments?|caseload|vital signs|injections|phlebotomy|medication administration|administer medications?|medications?|patient care duties|direct patient care|hands-on patient care|clinical practice|clinical skills|clinical duties|clinical work|clinical sessions|rooming patients|ward rounds|on-call|on call|consultant post|sessions per week|specialty doctor|therapy|therapies|therapeutic|rehabilitation|interventions|care plans?|echocardiograph\w*|pacemakers?|nursing care|nursing|bedside|physical examinations?|lab tests|specimens|procedures such as|scope of practice|licensed to practice|clinical supervision)\b/gi;
const CLINICAL_DUTY_WEIGHT = 4;

// A title naming a management or administrative post is relevant even when no cue matched.
const ROLE_HEAD = /\b(manager|director|administrator|administrative|co-?ordinator|supervisor|officer|head of|chief|president|secretary|receptionist|clerk)\b/i;

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
  // Title words decide first: they name the job.
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
  const otherIndustry = Math.min(count(OTHER_INDUSTRY, `${title} ${input.company} ${input.body}`), 6);
  if (otherIndustry >= 1 && healthScore < 1 + otherIndustry / 2) {
    return { relevant: false, reason: 'The employer is outside healthcare (its own industry words outweigh any healthcare setting).' };
  }
  const clinical = count(CLINICAL_DUTIES, input.body);
  if (!input.titleOnly && clinical >= 3 && clinical * CLINICAL_DUTY_WEIGHT > input.evidenceTotal) {
    return { relevant: false, reason: 'The duties are clinical care (assessment, treatment, registration as a clinician), not management or administration.' };
  }
  if (input.evidenceTotal < 0.5 && !ROLE_HEAD.test(title)) {
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
