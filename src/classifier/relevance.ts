// Is this a healthcare management/administration role at all (LABELLING.md §4)? Not when the main
// work is delivering care, when it is an IT, data or engineering post, a staff role of another
// profession, veterinary care, or an employer outside healthcare. A clinical or IT word beside a
// manager's head ("Nurse Manager", "Director of IT") is judged by the duties.
import type { Relevance } from './types';

const CLINICAL_TITLE =
  /\b(nurse|nurses|nursing assistant|staff nurse|physician|doctor|gp|general practitioner|surgeon|therapist|physiotherapist|psychologist|psychiatrist|psychiatry|psychotherapist|midwife|midwives|pharmacist|pharmacy technician|medical assistant|clinical assistant|nurse practitioner|np|rn|lpn|lvn|cna|clinician|physiologist|radiographer|sonographer|mammographer|paramedic|dentist|dental nurse|hygienist|health ?care assistant|healthcare support worker|phlebotomist|optometrist|dietitian|dietician|podiatrist|audiologist|counsell?or|social worker|care assistant|support worker|carer|doula|anaesthetist|anesthesiologist|registrar|consultant in|consultant (psychiatrist|physician|surgeon|radiologist|anaesthetist|paediatrician|pediatrician)|medical officer|house officer|junior doctor|chiropractor|technologist|sterile services|pharmacy assistant|abortion provider|clinical fellow|dental assistant|health visitor|nursing associate|assistant practitioner|practice nurse|charge nurse|ward sister|emt|emergency medical technician|laboratory|lab technician|biomedical|healthcare scientist|psychiatric|mental health practitioner|speech and language|optician|orthoptist|perfusionist|hospitalist|resident physician|medical scientist|clinical nurse|respiratory|caregiver|behavior technician|rbt|bcba)\b/i;
// A manager's head noun makes a title with a clinical word an administrative or management post
// (Nurse Manager, GP Practice Manager, Director of Nursing, Medical Secretary). Function words
// ("Admissions", "Records") are not heads: "Staff Nurse – Admissions Unit" is a nurse.
const MANAGER_HEAD =
  /\b(manager|director|administrator|co-?ordinator|secretary|receptionist|clerk|coder|officer|executive|president|head of|supervisor|scheduler|leader|chief\s+[\w\s]{0,20}officer)\b/i;
const CLINICAL_OFFICER = /\b(medical officer|house officer|clinical fellow)\b/i;

const TECHNICAL_TITLE =
  /\b((?<!health\s)systems? administrator|sys ?admin|database administrator|dba|network (administrator|engineer|manager)|developer|software|engineer|engineering|devops|programmer|data scientist|data engineer|data analyst|business intelligence|analytics|it support|help ?desk|service desk|infrastructure|cyber|web (developer|designer)|technical support|it technician|desktop support|sre|hris|facilities|estates|maintenance|biomedical engineer)\b/i;
// "IT" only in capitals ("it" is a pronoun).
const IT_WORD = /\b(IT|ICT)\b|\binformation technology\b/;
const LEADER_HEAD = /\b(director|chief|head of|vice president|vp|cio|cto|cdio)\b/i;

// Staff roles of other professions (guide §4). Their leaders ("Director of Marketing") are judged by
// their duties; the staff posts are not applicable.
const PROFESSION_WORD =
  /\b(marketing|communications?|social media|public relations|pr|fundraising|fundraiser|research|researcher|analyst|legal|attorney|lawyer|paralegal|solicitor|designer|writer|copywriter|editor|teacher|organi[sz]er|events?|brand|digital|graphic|statistician|economist)\b/i;
const STAFF_HEAD = /\b(officer|specialist|coordinator|co-ordinator|assistant|associate|executive|analyst|advisor|adviser|designer|writer|editor|organi[sz]er|attorney|lawyer|paralegal|solicitor|researcher|fundraiser|teacher|manager|strategist|representative)\b/i;
const PROFESSION_LEADER = /\b(director|chief|head of|vice president|vp|president)\b/i;
// A title that also names a care-administration function ("Patient Advocacy", "Scheduling") is not another profession's staff post.
const CARE_FUNCTION = /\b(patient|patients|scheduling|billing|coding|records|admissions|practice|clinic|health cent(er|re)|front desk|reception)\b/i;
const OTHER_FUNCTION_TITLE =
  /\b(product manager|product owner|attorney|lawyer|paralegal|solicitor|teacher|driver|chef|cook|cleaner|housekeeper|porter|security guard|electrician|plumber|mechanic|sales (representative|executive|associate)|account executive|research (assistant|associate|scientist)|scientist|journalist|canvasser|volunteer|field organi[sz]er|call cent(er|re) agent)\b/i;

const HEALTHCARE =
  /\b(health ?care|health|hospital|hospitals|clinic|clinics|clinical|medical|patient|patients|nhs|gp|general practice|physician|physicians|nurse|nurses|nursing|dental|pharmacy|hospice|ccg|icb|vha|veterans affairs|indian health|reproductive|abortion|gyn|gynecolog\w*|obstetric\w*|maternity|mental health|behavioral health|behavioural health|primary care|ward|wards|outpatients?|inpatients?|cqc|hipaa|ehr|emr|medicaid|medicare|family planning|surgery|surgeries|care quality|trust's|foundation trust|health center|health centre|sexual health|care home|nursing home|therapy|wellness center|payer|payers|health plan|insurer|providers|senior living|assisted living|memory care|skilled nursing|long-term care|residential care)\b/gi;
// "health" inside benefits phrases says nothing about the employer.
const BENEFIT_HEALTH = /\b(health (insurance|benefits|plan|savings|care coverage|coverage)|health and wellness|mental health days|dental (insurance|plan|coverage)|medical (insurance|coverage|plan|benefits)|health ?care (benefits|coverage|plan))\b/gi;

// Industries other than healthcare, in words any posting from them would use.
const OTHER_INDUSTRY =
  /\b(financial services|banking|bank's|investment bank|asset management|wealth management|retirement (plans?|income|solutions)|brokerage|broker-dealer|securities|finra|anti-money laundering|aml|kyc|fintech|insurance carrier|underwriting|retail stores?|e-?commerce|hospitality|hotel|hotels|travel industry|airline|airlines|saas|software company|manufacturing plant|real estate|law firm|oil and gas|automotive|casino|restaurant|home improvement|remodeling|windows and doors|roofing|tenants?|landlords?|food (manufactur\w*|labell?ing|products)|consumer products|political campaign|voter|elections?)\b/gi;

// "pets" only in lower case: "PET" is positron emission tomography.
const VETERINARY = /\b([Vv]eterinar\w*|[Vv]et (clinic|hospital|practice|tech|nurse)|[Aa]nimal (hospital|health|care|clinic)|pets?|[Ee]quine|[Cc]anine|[Ff]eline|[Kk]ennels?)\b/g;

// Care delivery in the duties (guide §4): a posting whose main work is this is a clinical role.
export const CARE_DELIVERY =
  /\b(diagnose|diagnoses|diagnosing|diagnosis of|prescrib\w*|treatment plans?|treat|treating|assess patients|assessing patients|assessment and treatment|clinical assessments?|caseload|case load|vital signs|injections|phlebotomy|medication administration|administer medications?|patient care duties|direct patient care|hands-on patient care|clinical practice|clinical duties|clinical work|clinical sessions|rooming patients|ward rounds|on-call rota|consultant post|sessions per week|nursing care|bedside|physical examinations?|lab tests|specimens|scope of practice|licensed to practice|deliver (high quality |safe |evidence-based )?(care|therapy|treatment)|provide (direct |high quality |safe )?(care|therapy|treatment|counsell?ing)|case management services|clinical coverage review|clinical review|therapy sessions|therapeutic (interventions|relationships?|work)|rehabilitation|counsels|counsell?ing|psychosocial|care plans?|echocardiograph\w*|imaging procedures|x-?rays|mammogra\w*|respiratory care|ventilator\w*)\b/gi;
// Registration as a clinician, anywhere in the posting.
const CLINICAL_REGISTRATION = /\b(registered (nurse|midwife|health professional)|(nmc|hcpc|gmc|gphc|gdc) registration|licensed (practical|vocational|clinical)|current (rn|lpn) licen[cs]e|rn licen[cs]e|board[- ]certified)\b/gi;

export interface RelevanceInput {
  title: string;
  company: string;
  /** The role's own text (duties and person specification). */
  roleText: string;
  /** Everything but benefits, pay and equal-opportunity text. */
  body: string;
  /** Management and administration statements counted in the duties. */
  runningStatements: number;
  /** Management statements counted in the duties. */
  directionStatements: number;
  titleOnly: boolean;
  /** The title names a role at all (rank or function words). */
  titleHasRole: boolean;
}

export interface RelevanceThresholds {
  clinicalMinStatements: number;
  clinicalRatio: number;
  itLeaderMinDirection: number;
}

export function judgeRelevance(input: RelevanceInput, t: RelevanceThresholds): Relevance {
  const { title } = input;
  const everything = `${title} ${input.company} ${input.body}`;
  if (count(VETERINARY, `${title} ${input.company}`) > 0 || count(VETERINARY, input.body) >= 2) {
    return no('Veterinary care is outside human healthcare.');
  }
  if (OTHER_FUNCTION_TITLE.test(title)) {
    return no(`A ${OTHER_FUNCTION_TITLE.exec(title)?.[0] ?? ''} role is not healthcare management or administration.`);
  }
  const careStatements = countOutsideNames(CARE_DELIVERY, input.roleText) + Math.min(1, count(CLINICAL_REGISTRATION, input.body));
  const clinicalMain = !input.titleOnly && careStatements >= t.clinicalMinStatements && careStatements > t.clinicalRatio * input.runningStatements;
  if (CLINICAL_TITLE.test(title)) {
    const word = CLINICAL_TITLE.exec(title)?.[0] ?? 'clinical';
    if (!MANAGER_HEAD.test(title) || CLINICAL_OFFICER.test(title)) return no(`Clinical role (“${word}” in the title), not management or administration.`);
    // "Nurse Manager": in scope when the duties are mostly running the unit.
    if (clinicalMain) return no(`The duties are mostly delivering care (“${word}” in the title), not running the service.`);
  }
  if (TECHNICAL_TITLE.test(title) || IT_WORD.test(title)) {
    const word = (TECHNICAL_TITLE.exec(title) ?? IT_WORD.exec(title))?.[0] ?? 'IT';
    if (!LEADER_HEAD.test(title)) return no(`IT, data or engineering role (“${word}” in the title), not healthcare management or administration.`);
    if (!input.titleOnly && input.directionStatements < t.itLeaderMinDirection) {
      return no(`An IT, data or engineering leader (“${word}”) whose duties do not lead healthcare operations or strategy.`);
    }
  }
  if (PROFESSION_WORD.test(title) && STAFF_HEAD.test(title) && !PROFESSION_LEADER.test(title) && !/\bmanager\b/i.test(title) && !CARE_FUNCTION.test(title)) {
    const word = PROFESSION_WORD.exec(title)?.[0] ?? '';
    if (!/\b(business development|practice development|service development)\b/i.test(title)) {
      return no(`A staff role of another profession (“${word}”), not healthcare management or administration.`);
    }
  }
  const healthScore = healthcareScore(input);
  const otherIndustry = Math.min(count(OTHER_INDUSTRY, everything), 6);
  if (otherIndustry >= 1 && healthScore < 1 + otherIndustry / 2) {
    return no('The employer is outside healthcare (its own industry words outweigh any healthcare setting).');
  }
  if (clinicalMain) return no('The duties are clinical care (assessment, treatment, a clinician’s registration), not management or administration.');
  if (!input.titleHasRole && input.runningStatements < 0.5) return no('No management or administration duties found.');
  if (input.titleOnly && healthScore === 0) {
    return { relevant: true, reason: 'Management/administration title; no healthcare setting visible on the card.' };
  }
  return { relevant: true, reason: 'Healthcare management/administration role.' };
}

function no(reason: string): Relevance {
  return { relevant: false, reason };
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** Matches not written as part of a capitalised name ("the Rehabilitation Care Group" names a unit). */
function countOutsideNames(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (const m of text.matchAll(re)) {
    const capitalised = /^[A-Z]/.test(m[0]);
    const sentenceStart = m.index === 0 || /[.!?:;•]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (!capitalised || sentenceStart) n++;
  }
  return n;
}

function healthcareScore({ title, company, body }: RelevanceInput): number {
  const inTitle = count(HEALTHCARE, title.replace(BENEFIT_HEALTH, ' '));
  const inCompany = count(HEALTHCARE, company);
  const inBody = count(HEALTHCARE, body.replace(BENEFIT_HEALTH, ' '));
  return 2 * Math.min(inTitle, 1) + 2 * Math.min(inCompany, 1) + Math.min(inBody, 6) / 2;
}
