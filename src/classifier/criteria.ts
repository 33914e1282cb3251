// The criteria as data. Every criterion is grounded in one sentence of the two criteria documents
// (quoted verbatim, with the document's file name so the quote can be checked offline), and every
// cue belongs to exactly one criterion.
//
// Cue syntax: words as they would be written in a posting, US or UK spelling; inflections and
// plurals are added once at start-up (lexicon.ts). A trailing "*N" multiplies the cue's weight.
// `cues` count in the title and the description; `titleCues` only in the title, because words like
// "Chief Executive" or "administrator" in a description usually name someone else.
import type { Side, Specialization } from './types';

/** The two criteria documents, by file name in ../shared/criteria. */
export const DOCUMENTS = {
  article: '000_790130a797e033fc.txt',
  ashworth: '004_8b7147716075c827.txt',
} as const;

export type CriterionFamily =
  | 'scope'
  | 'decisions'
  | 'policy'
  | 'leadership'
  | 'bridging'
  | 'growth'
  | 'career_path'
  | 'tasks'
  | 'education';

export interface Criterion {
  id: string;
  side: Side;
  family: CriterionFamily;
  /** Short name shown beside evidence in the popup and on the options page. */
  name: string;
  /** A sentence (or clause) of the document, verbatim. */
  quote: string;
  /** File name of the document the quote stands in. */
  document: string;
  /** Base weight of one cue of this criterion, before section and user weights. */
  weight: number;
  cues: string[];
  titleCues?: string[];
  specialization?: Specialization;
}

export const criteria: readonly Criterion[] = [
  // ───────────── management ─────────────
  {
    id: 'mgmt.scope.organization_wide',
    side: 'management',
    family: 'scope',
    name: 'Organisation-wide scope',
    quote:
      'Managers look at the organization as a whole, identifying areas for improvement and implementing solutions that align with organizational goals.',
    document: DOCUMENTS.article,
    weight: 1.2,
    cues: [
      'organization wide', 'organization-wide', 'across the organization', 'whole organization',
      'entire organization', 'system wide', 'system-wide', 'trust wide', 'company wide', 'company-wide',
      'agency wide', 'enterprise wide', 'across all departments', 'multiple departments', 'all services',
      'across the health system', 'overall direction', 'overall responsibility', 'overall leadership',
      'overall management', 'corporate', 'organizational goals', 'organizational objectives',
      'organization as a whole', 'multiple sites', 'across all sites', 'region wide', 'nationally',
      'direction of the organization',
    ],
    titleCues: ['health system*0.8', 'health systems*0.8'],
  },
  {
    id: 'mgmt.scope.strategic_long_term',
    side: 'management',
    family: 'scope',
    name: 'Strategy and long-term planning',
    quote:
      'emphasizes strategic planning, long-term goals, and operational efficiency of an entire organization',
    document: DOCUMENTS.article,
    weight: 1.2,
    cues: [
      'strategy*1.2', 'strategies', 'strategic*1.2', 'strategic planning*1.5', 'strategic plan*1.5',
      'strategic direction*1.5', 'strategic vision*1.5', 'strategic leadership*1.5',
      'strategic priorities', 'strategic objectives', 'strategic goals', 'long term', 'long-term',
      'long range', 'long-range', 'vision', 'visionary', 'big picture', 'future direction',
      'transformation*1.2', 'transform', 'redesign',
      'business planning', 'strategic thinking', 'five year plan',
      'annual plan', 'corporate objectives',
    ],
    titleCues: ['strategy*2', 'strategic*2', 'planning', 'transformation*2'],
  },
  {
    id: 'mgmt.decisions.budgets_resources',
    side: 'management',
    family: 'decisions',
    name: 'High-level decisions on budgets and resources',
    quote:
      'Healthcare managers typically make high-level decisions regarding budgets, staffing, and strategic initiatives.',
    document: DOCUMENTS.article,
    weight: 1.1,
    cues: [
      'resource allocation*1.3', 'allocate resources*1.3', 'allocation of resources*1.3',
      'budget oversight*1.3', 'oversee budget*1.3', 'oversee the budget*1.3',
      'budget accountability*1.3', 'budget holder', 'budgetary responsibility', 'budget responsibility',
      'accountable for the budget', 'high level decisions', 'high-level decisions',
      'decision making', 'strategic initiatives', 'business case', 'investment', 'investments',
      'capital', 'sustainability', 'stewardship', 'workforce planning', 'staffing levels*0.5',
      'fte', 'performance', 'accountability', 'accountable',
    ],
  },
  {
    id: 'mgmt.finance',
    side: 'management',
    family: 'decisions',
    name: 'Finance: budgeting, cost control, revenue',
    quote: 'might oversee budgeting, cost control, and revenue optimization',
    document: DOCUMENTS.article,
    weight: 1.1,
    specialization: 'finance',
    cues: [
      'budgeting', 'cost control', 'cost improvement', 'cost savings', 'revenue optimization',
      'revenue growth', 'financial management*1.2', 'financial planning', 'financial strategy*1.3',
      'financial performance', 'financial sustainability', 'financial health', 'forecasting',
      'financial acumen', 'fiscal', 'finance', 'financial', 'accounting', 'audit committee',
      'treasury', 'cash flow', 'financial statements',
    ],
    titleCues: ['finance*2', 'financial*2', 'cfo*2'],
  },
  {
    id: 'mgmt.decisions.technology_investment',
    side: 'management',
    family: 'decisions',
    name: 'Investing in technology and information systems',
    quote: 'a manager might decide to invest in new technology to improve patient care',
    document: DOCUMENTS.article,
    weight: 1.1,
    specialization: 'information_systems',
    cues: [
      'new technology', 'new technologies', 'technology strategy*1.3', 'digital strategy*1.3',
      'digital transformation*1.3', 'invest in technology', 'technology investment', 'technology',
      'technologies', 'innovation', 'innovative', 'informatics', 'business intelligence',
      'analytics', 'data driven', 'information systems', 'information technology', 'digital',
      'insights',
    ],
    titleCues: ['IT*2', 'technology*2', 'digital*2', 'informatics*2', 'business intelligence*2', 'analytics*2', 'cio*2'],
  },
  {
    id: 'mgmt.policy.creating',
    side: 'management',
    family: 'policy',
    name: 'Creating policy',
    quote: 'creating policies that optimize the delivery of care',
    document: DOCUMENTS.article,
    weight: 1.2,
    cues: [
      'create policies', 'creating policies', 'develop policies', 'develop policy', 'set policy',
      'establish policy', 'establish policies', 'policy development',
      'shape policy', 'formulate policy', 'policy making', 'policy-making', 'set the direction',
      'set direction', 'setting direction', 'organizational policies', 'governance framework',
    ],
  },
  {
    id: 'mgmt.leadership.culture',
    side: 'management',
    family: 'leadership',
    name: 'Leadership and culture',
    quote:
      'Managers are expected to inspire and motivate staff, resolve conflicts, and cultivate a positive workplace culture.',
    document: DOCUMENTS.article,
    weight: 1,
    cues: [
      'inspire', 'inspiring', 'inspirational', 'motivate', 'culture', 'workplace culture',
      'organizational culture', 'positive culture', 'leadership*0.8', 'senior leader', 'senior leaders',
      'leadership team', 'lead change', 'change management', 'values', 'engagement', 'empower',
      'provide leadership', 'visible leadership', 'executive leadership*1.3', 'leader',
      'high performing',
    ],
    titleCues: ['culture*2', 'people*1.5', 'workforce*2'],
  },
  {
    id: 'mgmt.hr.people_strategy',
    side: 'management',
    family: 'leadership',
    name: 'Human resources: people strategy',
    quote:
      'a manager specializing in human resources would focus on staffing, employee training, and organizational culture.',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'human_resources',
    cues: [
      'human resources', 'people strategy*1.3', 'workforce strategy*1.3',
      'organizational development', 'talent', 'talent management', 'recruitment and retention',
      'employee engagement', 'succession planning', 'employee relations', 'workforce',
    ],
    titleCues: ['human resources*2', 'hr*1.5', 'people*1.5'],
  },
  {
    id: 'mgmt.quality_improvement',
    side: 'management',
    family: 'scope',
    name: 'Quality improvement',
    quote: 'may also specialize in areas such as finance, human resources, information systems, or quality improvement',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'quality_improvement',
    cues: [
      'quality improvement*1.3', 'continuous improvement', 'service improvement', 'improvement programme',
      'improvement program', 'performance improvement', 'improvement methodology',
      'patient outcomes', 'improvement',
    ],
    titleCues: ['quality improvement*2', 'improvement*2', 'quality*1.2'],
  },
  {
    id: 'mgmt.bridging.executives_clinicians',
    side: 'management',
    family: 'bridging',
    name: 'Bridge between executives, physicians and staff',
    quote: 'They often serve as the bridge between executives, physicians, nurses, and other',
    document: DOCUMENTS.article,
    weight: 1.1,
    cues: [
      'board*0.8', 'board of directors', 'board of trustees', 'trustees', 'board meetings',
      'member of the board*1.5', 'executive team*1.2', 'executive committee', 'senior leadership team*1.3',
      'senior management team*1.3', 'leadership team', 'stakeholders', 'stakeholder',
      'partners', 'partnership', 'partnerships', 'clinical leaders', 'clinicians and managers',
      'physicians and staff', 'external partners', 'system partners', 'commissioners', 'governing body',
      'community partners', 'legislators', 'policymakers',
    ],
    titleCues: ['partnerships*2', 'partnership*2'],
  },
  {
    id: 'mgmt.growth.business_development',
    side: 'management',
    family: 'growth',
    name: 'Growth, marketing and business development',
    quote: 'ensure the facility they manage continues to grow operationally, financially, and medically',
    document: DOCUMENTS.ashworth,
    weight: 1.1,
    cues: [
      'growth', 'grow', 'expansion', 'expand services', 'business development*1.3', 'marketing',
      'market share', 'new business', 'new services', 'mergers', 'acquisitions', 'fundraising',
      'fund development', 'brand', 'communications strategy', 'tenders', 'commercial', 'opportunities for growth',
      'revenue generation', 'donors', 'philanthropy',
    ],
    titleCues: ['business development*2', 'marketing*1.5', 'growth*2', 'commercial*2', 'development*0.8'],
  },
  {
    id: 'mgmt.path.executive',
    side: 'management',
    family: 'career_path',
    name: 'Executive role (COO, CEO, executive director)',
    quote:
      'healthcare managers can advance into executive leadership roles such as Chief Operating Officer (COO) or Chief Executive Officer (CEO)',
    document: DOCUMENTS.article,
    weight: 1.5,
    cues: ['c suite', 'c-suite', 'executive level', 'executive director role'],
    titleCues: [
      'chief*2.5', 'chief executive*3', 'chief executive officer*3', 'ceo*3', 'chief operating officer*3',
      'coo*3', 'president*2.5', 'vice president*2.5', 'vp*2.5', 'executive director*3',
      'managing director*3', 'director*2', 'deputy director*2', 'associate director*2',
      'assistant director*1.5', 'head of*1.5', 'head*1', 'operations director*2.5', 'general manager*1',
      'executive*1.5', 'senior manager*0.8', 'principal*0.5',
    ],
  },
  {
    id: 'mgmt.path.manager_roles',
    side: 'management',
    family: 'career_path',
    name: 'Management role (operations director, clinical manager)',
    quote:
      'These positions often involve oversight of multiple departments and a significant strategic component.',
    document: DOCUMENTS.article,
    weight: 1,
    cues: [
      'oversight of multiple departments', 'oversee departments', 'oversee all', 'oversees all',
      'senior management', 'senior leadership', 'executive leadership experience', 'leadership role',
      'director level', 'board level', 'executive responsibilities', 'oversee the business',
    ],
    titleCues: ['clinical manager*1.5', 'nurse manager*1', 'clinical services manager*1.5', 'operations director*1.5'],
  },
  {
    id: 'mgmt.education.masters_executive',
    side: 'management',
    family: 'education',
    name: 'Master’s degree (MHA/MBA), executive experience',
    quote:
      'a master’s degree like an MHA (Master of Healthcare Administration) or MBA with a healthcare focus is highly recommended',
    document: DOCUMENTS.article,
    weight: 1,
    cues: [
      'mha', 'mba', 'master of healthcare administration', 'master of business administration',
      'masters degree', 'master degree', 'mph', 'postgraduate', 'executive experience*1.3',
      'senior leadership experience*1.3', 'board experience', 'years of executive', 'years of senior',
      'executive level experience', 'leadership experience',
    ],
  },

  // ───────────── administration ─────────────
  {
    id: 'admin.scope.day_to_day',
    side: 'administration',
    family: 'scope',
    name: 'Day-to-day operations',
    quote: 'tends to focus more on the day-to-day operations of healthcare organizations',
    document: DOCUMENTS.article,
    weight: 1.2,
    specialization: 'operations',
    cues: [
      'day to day*1.3', 'day-to-day*1.3', 'daily operations*1.3', 'daily', 'day to day running',
      'smooth running', 'efficient running', 'runs smoothly', 'run smoothly', 'functions smoothly',
      'operational*0.6', 'hands on', 'hands-on', 'operational functions', 'patient flow',
      'daily workflow', 'routine', 'front line', 'front-line', 'on site', 'shift',
    ],
    titleCues: ['facilities*1.5', 'estates*1.5', 'operations*0.8', 'operational*0.8'],
  },
  {
    id: 'admin.scope.department',
    side: 'administration',
    family: 'scope',
    name: 'Department-level scope',
    quote: 'Healthcare administration focuses on individual departments, day-to-day operations, and staffing.',
    document: DOCUMENTS.ashworth,
    weight: 1,
    cues: [
      'the department', 'department', 'departmental', 'the practice', 'the clinic', 'the health center',
      'the ward', 'the unit', 'the team*0.5', 'the service*0.5', 'specialty', 'specialties', 'the office',
      'office', 'site', 'department heads', 'department manager', 'service level',
    ],
    titleCues: ['office*1.5', 'department*1.5', 'practice*1', 'clinic*1', 'health center*1', 'service*0.5'],
  },
  {
    id: 'admin.policy.implementing',
    side: 'administration',
    family: 'policy',
    name: 'Implementing policies and procedures',
    quote: 'They also ensure that policies and procedures are implemented correctly',
    document: DOCUMENTS.article,
    weight: 1.1,
    cues: [
      'policies and procedures*1.3', 'standard operating procedures*1.3', 'SOP', 'SOPs', 'procedures',
      'implement policies', 'implementing policies', 'policy implementation', 'adhere to policies',
      'follow procedures', 'in line with policy', 'in accordance with', 'protocols', 'guidelines',
      'processes', 'procedural',
    ],
  },
  {
    id: 'admin.decisions.operational_training',
    side: 'administration',
    family: 'decisions',
    name: 'Operational decisions, training staff on systems',
    quote: 'while an administrator ensures that staff is trained to use it correctly',
    document: DOCUMENTS.article,
    weight: 1,
    cues: [
      'train staff', 'training staff', 'staff training', 'train new staff', 'induction', 'inductions',
      'super user', 'system training', 'workflow', 'workflows', 'operational decisions',
      'productivity', 'troubleshoot', 'resolve issues', 'problem solving',
    ],
  },
  {
    id: 'admin.tasks.records_ehr',
    side: 'administration',
    family: 'tasks',
    name: 'Patient records and EHRs',
    quote: 'familiar with healthcare regulations, compliance, and electronic health record systems',
    document: DOCUMENTS.article,
    weight: 1.2,
    specialization: 'records_management',
    cues: [
      'patient records*1.3', 'medical records*1.3', 'health records*1.3', 'records management*1.3',
      'electronic health record*1.3', 'electronic health records*1.3', 'electronic medical record*1.3',
      'ehr*1.3', 'ehrs*1.3', 'emr*1.3', 'case notes', 'health information', 'records', 'record keeping',
      'filing', 'scanning', 'data entry', 'indexing', 'documentation', 'patient administration system',
      'PAS', 'demographics', 'registration', 'patient information', 'data quality',
    ],
    titleCues: ['records*2.5', 'health information*2', 'information governance*1.5'],
  },
  {
    id: 'admin.tasks.personnel_onboarding',
    side: 'administration',
    family: 'tasks',
    name: 'Personnel, onboarding and staffing',
    quote:
      'Healthcare admins also recruit and manage staff, keep records of the facility’s services, and communicate with department heads.',
    document: DOCUMENTS.ashworth,
    weight: 1,
    cues: [
      'onboarding', 'staff onboarding', 'recruit staff', 'hiring', 'interviews', 'timesheets',
      'annual leave', 'sickness absence', 'sickness', 'leave requests', 'overtime',
      'staffing', 'staffing cover', 'temporary staffing', 'bank staff', 'agency staff', 'payroll',
      'line management', 'line manage', 'supervise staff', 'supervision', 'supervise', 'supervising',
      'personnel', 'hr duties', 'hr administration', 'appraisals', 'rota', 'roster', 'rostering',
      'shifts', 'vacancies', 'performance management',
    ],
    titleCues: ['staffing*2', 'roster*2', 'rota*2', 'supervisor*1.5', 'supervisory*1.5', 'personnel*2'],
  },
  {
    id: 'admin.tasks.financial_reporting',
    side: 'administration',
    family: 'tasks',
    name: 'Financial reporting and office finance',
    quote:
      'handle critical administrative tasks such as patient record management, staff onboarding, and financial reporting',
    document: DOCUMENTS.article,
    weight: 1,
    cues: [
      'financial reporting', 'invoices', 'invoice', 'invoicing', 'purchase orders', 'procurement',
      'accounts payable', 'accounts receivable', 'reconciliation', 'reconciliations', 'petty cash',
      'expenses', 'month end', 'ledger', 'debtors', 'creditors', 'financial reports', 'monthly reports', 'produce reports', 'returns',
      'monitoring', 'spreadsheets', 'ordering', 'supplies', 'stock',
    ],
    titleCues: ['accountant*2', 'payroll*2', 'accounts*2', 'receivable*2', 'payable*2', 'procurement*1.5'],
  },
  {
    id: 'admin.tasks.billing_coding',
    side: 'administration',
    family: 'tasks',
    name: 'Billing and coding',
    quote:
      'Administrators may also specialize in areas like billing and coding, patient relations, compliance, or records management.',
    document: DOCUMENTS.article,
    weight: 1.3,
    specialization: 'billing_coding',
    cues: [
      'billing*1.3', 'coding*1.3', 'clinical coding*1.5', 'medical coding*1.5', 'coder', 'coders',
      'icd 10', 'icd-10', 'icd10', 'CPT', 'opcs', 'claims', 'insurance claims', 'revenue cycle',
      'patient accounts', 'patient account', 'payments', 'payment', 'collections', 'charges', 'denials',
      'insurance verification', 'eligibility', 'prior authorization', 'copay', 'copays', 'statements',
      'self pay', 'balances', 'remittance', 'insurance', 'payer', 'payers',
    ],
    titleCues: ['billing*3', 'coding*3', 'coder*3', 'biller*3', 'patient account*3', 'revenue cycle*2.5', 'claims*2.5', 'collections*2.5'],
  },
  {
    id: 'admin.tasks.compliance_privacy',
    side: 'administration',
    family: 'tasks',
    name: 'Compliance, HIPAA and privacy',
    quote: 'including HIPAA rules and other patient privacy laws',
    document: DOCUMENTS.article,
    weight: 1.2,
    specialization: 'compliance',
    cues: [
      'compliance*1.3', 'compliant', 'comply', 'hipaa*1.3', 'privacy', 'confidentiality', 'confidential',
      'gdpr', 'data protection', 'information governance*1.3', 'regulations', 'regulatory requirements',
      'regulatory', 'cqc', 'audit', 'audits', 'inspection', 'inspections', 'legal requirements',
      'caldicott', 'freedom of information', 'subject access', 'federal regulations', 'state regulations',
      'governance*0.7', 'laws and regulations', 'security',
    ],
    titleCues: ['compliance*3', 'governance*2', 'privacy*3', 'information governance*3'],
  },
  {
    id: 'admin.tasks.accreditation_risk',
    side: 'administration',
    family: 'tasks',
    name: 'Accreditation, insurance negotiations, risk management',
    quote: 'They may also handle accreditation processes, insurance negotiations, and risk management.',
    document: DOCUMENTS.article,
    weight: 1.1,
    specialization: 'compliance',
    cues: [
      'accreditation*1.3', 'joint commission', 'licensure', 'licensing', 'credentialing*1.3',
      'credentials', 'risk management*1.3', 'risk register', 'incident reporting', 'incidents',
      'insurance negotiations', 'payer contracts', 'risk', 'risks', 'safeguarding',
    ],
    titleCues: ['credentialing*3', 'accreditation*3', 'risk*2'],
  },
  {
    id: 'admin.tasks.patient_services',
    side: 'administration',
    family: 'tasks',
    name: 'Patient relations and services',
    quote:
      'a patient services administrator focuses on enhancing the patient experience and streamlining admissions and discharge processes',
    document: DOCUMENTS.article,
    weight: 1.2,
    specialization: 'patient_services',
    cues: [
      'patient services*1.3', 'patient relations*1.3', 'patient experience', 'front desk*1.3',
      'front office*1.3', 'reception*1.3', 'receptionist', 'greet', 'greets', 'greeting', 'check in',
      'check-in', 'check out', 'check-out', 'telephone', 'telephones', 'phone', 'phones', 'calls',
      'enquiries', 'inquiries', 'complaints', 'PALS', 'patient liaison', 'customer service*1.3',
      'visitors', 'point of contact', 'first point of contact*1.3', 'call center', 'patients and families',
      'patient queries', 'triage*0.5',
    ],
    titleCues: ['patient navigator*2.5', 'patient access representative*3', 
      'patient services*3', 'patient relations*3', 'patient engagement*2.5', 'patient experience*2',
      'reception*3', 'receptionist*3', 'front office*3', 'front desk*3', 'patient access*3',
      'medical support*2.5', 'customer service*2',
    ],
  },
  {
    id: 'admin.tasks.admissions_discharge',
    side: 'administration',
    family: 'tasks',
    name: 'Admissions and discharge',
    quote:
      'a patient services administrator focuses on enhancing the patient experience and streamlining admissions and discharge processes',
    document: DOCUMENTS.article,
    weight: 1.1,
    specialization: 'admissions',
    cues: [
      'admissions', 'admission', 'discharge', 'discharges', 'bed management', 'transfers', 'intake',
      'waiting list', 'waiting lists', 'referral', 'referrals',
    ],
    titleCues: ['bed manager*2', 'bed management*2', 'patient flow*2', 'admissions*2.5', 'admission*2.5', 'intake*2', 'referrals*2.5', 'referral*2.5', 'waiting list*2.5'],
  },
  {
    id: 'admin.tasks.scheduling',
    side: 'administration',
    family: 'tasks',
    name: 'Scheduling and coordinating patient services',
    quote:
      'Administrators ensure that the organization runs smoothly by overseeing specific departments, managing personnel, handling billing and compliance, and coordinating patient services.',
    document: DOCUMENTS.article,
    weight: 1.1,
    specialization: 'scheduling',
    cues: [
      'scheduling*1.3', 'schedule appointments', 'appointments*1.2', 'appointment', 'booking', 'bookings',
      'book appointments', 'clinic lists', 'clinic templates', 'diary management', 'diaries', 'diary',
      'schedules', 'rescheduling', 'reschedule', 'work schedules', 'calendar', 'coordinate*0.6',
      'coordinating*0.6', 'coordination*0.6',
    ],
    titleCues: ['booking*3', 'scheduler*3', 'scheduling*3', 'appointments*3', 'coordinator*1.5'],
  },
  {
    id: 'admin.tasks.clerical_support',
    side: 'administration',
    family: 'tasks',
    name: 'Hands-on administrative work',
    quote: 'While management focuses on strategy, administration is often more operational and hands-on.',
    document: DOCUMENTS.article,
    weight: 1,
    cues: [
      'administrative*1.2', 'admin*1.2', 'administrative support*1.5', 'administrative duties*1.5',
      'administrative tasks*1.5', 'clerical*1.5', 'secretarial*1.5', 'minute taking', 'minutes',
      'agendas', 'typing', 'correspondence', 'letters', 'emails', 'mail', 'photocopying',
      'office processes', 'administrative processes', 'databases', 'database', 'microsoft office',
      'word processing', 'audio typing', 'dictation', 'meetings', 'paperwork', 'forms',
      'administration*0.5',
    ],
    titleCues: ['executive assistant*3', 'personal assistant*3', 'assistant to*3', 'PA to*3', 
      'administrator*2', 'administrative*2', 'admin*2', 'administration*1.2', 'secretary*3',
      'clerk*3', 'assistant*2', 'officer*0.8', 'specialist*0.8', 'coordinator*1.5', 'co-ordinator*1.5',
      'support*1.5', 'technician*2', 'PA*1.5', 'typist*3', 'educator*1',
    ],
  },
  {
    id: 'admin.path.administrative_roles',
    side: 'administration',
    family: 'career_path',
    name: 'Administrative role (practice administrator, office manager)',
    quote:
      'Typical roles include hospital administrator, medical office manager, practice administrator, and department coordinator.',
    document: DOCUMENTS.article,
    weight: 1.4,
    cues: ['practice administrator', 'office manager', 'hospital administrator', 'department coordinator'],
    titleCues: [
      'practice manager*2', 'office manager*3', 'practice administrator*3', 'hospital administrator*2',
      'clinic manager*2.5', 'health center manager*2.5', 'center manager*2', 'centre manager*2',
      'department coordinator*3', 'department manager*2', 'ward manager*2', 'site manager*2',
      'operations manager*1.5', 'service manager*1', 'team leader*2', 'team lead*2', 'supervisor*1.5',
      'business manager*1', 'medical administration*2',
    ],
  },
  {
    id: 'admin.path.senior_administrative',
    side: 'administration',
    family: 'career_path',
    name: 'Senior administrative role (director of administration, CAO)',
    quote:
      'Career growth in healthcare administration often involves moving into senior administrative roles such as director of administration, vice president of operations, or chief administrative officer.',
    document: DOCUMENTS.article,
    weight: 1.2,
    cues: ['director of administration', 'chief administrative officer'],
    titleCues: [
      'director of administration*2', 'chief administrative officer*2', 'administrative officer*2.5',
      'vice president of operations*1.5', 'administrative director*1.5',
    ],
  },
  {
    id: 'admin.education.certificates_operational',
    side: 'administration',
    family: 'education',
    name: 'Certificates and operational experience',
    quote: 'the emphasis is on operational skills, compliance knowledge, and personnel management',
    document: DOCUMENTS.article,
    weight: 0.9,
    cues: [
      'certificate', 'certification', 'certified', 'cpc', 'ccs', 'rhit', 'rhia', 'aapc', 'ahima',
      'nvq', 'diploma', 'gcse', 'gcses', 'high school', 'ged', 'associate degree', 'ecdl',
      'administrative experience*1.3', 'office experience*1.3', 'operational experience',
      'clerical experience*1.3', 'reception experience*1.3', 'customer service experience',
      'attention to detail', 'organizational skills', 'multitask', 'multi-task', 'typing speed',
      'keyboard skills', 'computer literate', 'it skills', 'numeracy', 'literacy',
    ],
  },
];

// Built on first use, not at import: a module-level table would keep every criterion in bundles
// (the content script) that import this module's neighbours but never look a criterion up.
let byId: Map<string, Criterion> | undefined;

export function criterionById(id: string): Criterion | undefined {
  byId ??= new Map(criteria.map((c) => [c.id, c] as const));
  return byId.get(id);
}
