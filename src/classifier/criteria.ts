// The criteria as data. Every criterion is grounded in one sentence of the two criteria documents
// (quoted verbatim, with the document's file name so the quote can be checked offline), and every
// cue belongs to exactly one criterion.
//
// Cue syntax: words as they would be written in a posting, US or UK spelling; inflections and
// plurals are added once at start-up (lexicon.ts). A trailing "*N" scales how much one statement of
// the cue counts (1 = a clear statement of the function; below 1 = a word that only hints at it).
// `cues` are read in the description's duties (and, for a little, the person specification);
// `titleCues` are the title's *function* words (Strategy, Billing, Records…): rank words (Director,
// Manager, Chief…) set scope and seniority in title.ts, never a side (LABELLING.md §2, §5).
// A criterion marked `transfer` is one a role can set or merely serve: its words governed by a
// support verb ("prepare the board papers") or a delivering verb ("implement the strategy") count
// for administration instead (senses.ts).
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
  /** Words of this criterion can be supported or delivered rather than set (senses.ts). */
  transfer?: boolean;
}

export const criteria: readonly Criterion[] = [
  // ───────────── management: setting direction (LABELLING.md §2) ─────────────
  {
    id: 'mgmt.scope.organization_wide',
    side: 'management',
    family: 'scope',
    name: 'Organisation-wide scope and initiatives',
    quote:
      'Managers look at the organization as a whole, identifying areas for improvement and implementing solutions that align with organizational goals.',
    document: DOCUMENTS.article,
    weight: 1,
    transfer: true,
    cues: [
      'organization wide', 'organization-wide', 'across the organization', 'whole organization',
      'entire organization', 'system wide', 'system-wide', 'trust wide', 'trust-wide', 'company wide',
      'company-wide', 'agency wide', 'agency-wide', 'enterprise wide', 'enterprise-wide',
      'across the health system', 'across the trust', 'across the system', 'across the group',
      'overall direction', 'direction of the organization', 'organization as a whole',
      'organizational change', 'transformation program', 'transformation agenda', 'change program*0.8',
      'new models of care', 'system change', 'transformation*0.7', 'transform*0.7', 'redesign*0.6',
      'integration of services*0.8', 'corporate objectives*0.6',
    ],
  },
  {
    id: 'mgmt.scope.strategic_long_term',
    side: 'management',
    family: 'scope',
    name: 'Strategy and long-term planning',
    quote:
      'emphasizes strategic planning, long-term goals, and operational efficiency of an entire organization',
    document: DOCUMENTS.article,
    weight: 1,
    transfer: true,
    cues: [
      'strategy', 'strategies', 'strategic plan', 'strategic plans', 'strategic planning',
      'strategic direction', 'strategic vision', 'strategic priorities', 'strategic objectives',
      'strategic goals', 'strategic agenda', 'strategic development', 'strategic leadership',
      'strategic initiatives', 'strategic decisions', 'strategic decision making', 'strategic*0.5',
      'long term plan', 'long-term plan', 'long term planning', 'long-term planning', 'long term goals',
      'long-term goals', 'long range', 'long-range', 'future direction', 'future needs', 'vision*0.6',
      'business plan', 'business plans', 'business planning', 'annual plan', 'five year plan',
      'planning cycle', 'horizon scanning', 'horizon scan',
    ],
    titleCues: ['strategy*1.5', 'strategic*1.5', 'planning*1.5'],
  },
  {
    id: 'mgmt.decisions.budgets_resources',
    side: 'management',
    family: 'decisions',
    name: 'High-level decisions on budgets and investment',
    quote:
      'Healthcare managers typically make high-level decisions regarding budgets, staffing, and strategic initiatives.',
    document: DOCUMENTS.article,
    weight: 1,
    transfer: true,
    cues: [
      'resource allocation', 'allocate resources', 'allocation of resources', 'high level decisions',
      'high-level decisions', 'investment decisions', 'investment', 'investments', 'capital investment',
      'capital planning', 'capital program', 'capital projects*0.7', 'business case', 'business cases',
      'budget setting', 'set the budget', 'approve the budget', 'budget accountability', 'budget holder*0.6',
      'overall budget', 'final decisions', 'decision making authority',
    ],
  },
  {
    id: 'mgmt.finance',
    side: 'management',
    family: 'decisions',
    name: 'Finance: financial strategy, planning and revenue',
    quote: 'might oversee budgeting, cost control, and revenue optimization',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'finance',
    transfer: true,
    cues: [
      'financial strategy', 'financial planning', 'financial plan', 'financial plans', 'financial sustainability',
      'financial performance*0.6', 'financial health', 'financial management*0.6', 'revenue optimization',
      'cost control*0.7', 'cost improvement*0.6', 'forecasting*0.6', 'budgeting*0.6', 'treasury', 'audit committee',
      'financial stewardship', 'financial viability', 'financial evolution', 'fiscal strategy',
    ],
    titleCues: ['cfo'],
  },
  {
    id: 'mgmt.decisions.technology_investment',
    side: 'management',
    family: 'decisions',
    name: 'Investing in technology and information systems',
    quote: 'a manager might decide to invest in new technology to improve patient care',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'information_systems',
    transfer: true,
    cues: [
      'new technology', 'new technologies', 'technology strategy', 'digital strategy', 'information strategy',
      'digital transformation', 'invest in technology', 'technology investment', 'technology roadmap',
      'digital agenda', 'technology related strategies', 'digital*0.4', 'informatics*0.5', 'technology*0.4',
    ],
    titleCues: ['cio'],
  },
  {
    id: 'mgmt.policy.creating',
    side: 'management',
    family: 'policy',
    name: 'Creating policy',
    quote: 'creating policies that optimize the delivery of care',
    document: DOCUMENTS.article,
    weight: 1,
    transfer: true,
    cues: [
      'create policies', 'creating policies', 'develop policies', 'develop policy', 'set policy',
      'establish policy', 'establish policies', 'policy development', 'shape policy', 'formulate policy',
      'policy making', 'policy-making', 'set the direction', 'set direction', 'setting direction',
      'provide direction', 'establishes policies', 'governance framework', 'public policy', 'policy agenda',
      'health policy', 'laws and policies', 'advocacy*0.6',
    ],
    titleCues: ['policy'],
  },
  {
    id: 'mgmt.leadership.culture',
    side: 'management',
    family: 'leadership',
    name: 'Leading the organisation and its culture',
    quote:
      'Managers are expected to inspire and motivate staff, resolve conflicts, and cultivate a positive workplace culture.',
    document: DOCUMENTS.article,
    weight: 1,
    cues: [
      'workplace culture*0.7', 'organizational culture*0.7', 'positive culture*0.5', 'culture*0.4', 'inspire*0.4',
      'change management*0.5', 'lead change*0.5', 'executive leadership', 'senior leadership*0.5',
      'visible leadership*0.4', 'provide leadership*0.3',
    ],
  },
  {
    id: 'mgmt.hr.people_strategy',
    side: 'management',
    family: 'leadership',
    name: 'Human resources: people and workforce strategy',
    quote:
      'a manager specializing in human resources would focus on staffing, employee training, and organizational culture.',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'human_resources',
    transfer: true,
    cues: [
      'people strategy', 'workforce strategy', 'people plan', 'workforce plan', 'workforce planning',
      'organizational development', 'talent strategy', 'talent management*0.7', 'succession planning*0.7',
      'workforce initiatives', 'recruitment and retention strategy', 'employee engagement strategy',
    ],
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
    transfer: true,
    cues: [
      'quality strategy', 'quality improvement strategy', 'improvement strategy', 'quality improvement*0.5',
      'service improvement*0.3', 'continuous improvement*0.3', 'improvement program*0.4',
    ],
  },
  {
    id: 'mgmt.bridging.executives_clinicians',
    side: 'management',
    family: 'bridging',
    name: 'Board, executive team and external partners',
    quote: 'They often serve as the bridge between executives, physicians, nurses, and other',
    document: DOCUMENTS.article,
    weight: 1,
    transfer: true,
    cues: [
      'member of the board', 'board member', 'board of directors*0.6', 'board of trustees*0.6', 'the board*0.4',
      'board*0.3', 'trustees*0.4', 'governing body*0.4', 'lead the executive team', 'executive team*0.3',
      'executive committee*0.3', 'senior leadership team*0.3', 'senior management team*0.3',
      'strategic management team*0.5', 'leadership team*0.2',
      'external stakeholders*0.6', 'stakeholders*0.3', 'system partners', 'external partners*0.6',
      'external relations', 'represent the organization', 'commissioners*0.5', 'legislators', 'policymakers',
      'elected officials', 'funders*0.5', 'community leaders*0.5',
    ],
  },
  {
    id: 'mgmt.growth.business_development',
    side: 'management',
    family: 'growth',
    name: 'Growth, marketing and business development',
    quote: 'ensure the facility they manage continues to grow operationally, financially, and medically',
    document: DOCUMENTS.ashworth,
    weight: 1,
    transfer: true,
    cues: [
      'business development', 'growth', 'grow the business', 'grow the practice', 'grow the service', 'expansion',
      'expand services', 'expand the service', 'new services', 'new service', 'new business', 'new markets',
      'market share', 'marketing', 'brand', 'partnerships', 'partnership working*0.5', 'new partnerships',
      'acquisitions', 'mergers', 'fundraising', 'fund development', 'philanthropy', 'donors', 'tenders',
      'tendering', 'bids*0.7', 'win contracts', 'new contracts', 'contract negotiations*0.6', 'commercial',
      'commercially', 'revenue', 'revenue growth', 'revenue generation', 'income generation', 'profit and loss',
      'p&l', 'p and l', 'profitability', 'profitable', 'sales', 'business opportunities',
      'opportunities for growth', 'growth opportunities', 'referral base', 'service development*0.6',
      'sell the services',
    ],
    titleCues: ['business development*1.5', 'marketing', 'growth', 'commercial', 'partnerships', 'partnership', 'development*0.5'],
  },
  {
    id: 'mgmt.path.executive',
    side: 'management',
    family: 'career_path',
    name: 'Executive role (COO, CEO, executive director)',
    quote:
      'healthcare managers can advance into executive leadership roles such as Chief Operating Officer (COO) or Chief Executive Officer (CEO)',
    document: DOCUMENTS.article,
    weight: 1,
    // Evidence of this criterion comes from title.ts (the title naming an organisation's executive)
    // and from these duty words (the post sits at the organisation's top table).
    cues: ['c suite', 'c-suite', 'executive level', 'chief executive role'],
  },
  {
    id: 'mgmt.path.manager_roles',
    side: 'management',
    family: 'career_path',
    name: 'Oversight of several departments with a strategic component',
    quote:
      'These positions often involve oversight of multiple departments and a significant strategic component.',
    document: DOCUMENTS.article,
    weight: 1,
    cues: [
      'oversight of multiple departments', 'oversee multiple departments', 'oversee several departments',
      'oversee the business', 'all aspects of the business', 'run the business*0.7',
    ],
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
      'masters degree', 'master degree', 'mph', 'executive experience', 'senior leadership experience',
      'board experience', 'years of executive', 'executive level experience', 'strategic thinking*0.6',
      'strategic thinker*0.6',
    ],
  },

  // ───────────── administration: making it run day to day (LABELLING.md §2) ─────────────
  {
    id: 'admin.scope.day_to_day',
    side: 'administration',
    family: 'scope',
    name: 'Day-to-day operations and performance',
    quote: 'tends to focus more on the day-to-day operations of healthcare organizations',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'operations',
    cues: [
      'day to day', 'day-to-day', 'daily operations', 'day to day running', 'smooth running', 'efficient running',
      'runs smoothly', 'run smoothly', 'running smoothly', 'functions smoothly', 'operations', 'operational',
      'operational management', 'operational performance', 'operational delivery', 'service delivery',
      'delivery of services', 'performance targets', 'operational targets', 'targets*0.6', 'kpis', 'kpi',
      'key performance indicators', 'performance indicators', 'performance framework*0.7', 'patient flow',
      'activity*0.3', 'efficiency*0.5', 'efficiencies*0.5', 'facilities*0.6', 'supplies*0.5', 'equipment*0.4',
      'vendors*0.5', 'contractors*0.4', 'maintenance*0.4', 'access targets', 'waiting times', 'capacity*0.5',
      'throughput', 'productivity*0.6', 'operating costs*0.6',
    ],
    titleCues: ['operations', 'operational', 'facilities', 'estates'],
  },
  {
    id: 'admin.scope.department',
    side: 'administration',
    family: 'scope',
    name: 'Running a department, unit or practice',
    quote: 'Healthcare administration focuses on individual departments, day-to-day operations, and staffing.',
    document: DOCUMENTS.ashworth,
    weight: 1,
    cues: [
      'manage the department', 'run the department', 'running the department', 'manage the practice',
      'run the practice', 'manage the clinic', 'run the clinic', 'manage the office', 'run the office',
      'manage the unit', 'run the unit', 'manage the service', 'run the service', 'management of the service',
      'management of the department', 'oversee the department', 'oversee the clinic', 'oversee the practice',
      'departmental*0.6', 'department*0.3', 'clinic operations', 'practice operations', 'health center operations',
      'office operations', 'front office operations', 'department heads*0.5',
    ],
  },
  {
    id: 'admin.policy.implementing',
    side: 'administration',
    family: 'policy',
    name: 'Implementing policies and procedures',
    quote: 'They also ensure that policies and procedures are implemented correctly',
    document: DOCUMENTS.article,
    weight: 1,
    cues: [
      'policies and procedures', 'standard operating procedures', 'SOP', 'SOPs', 'procedures*0.7',
      'implement policies', 'implementing policies', 'policy implementation', 'adhere to policies',
      'follow procedures', 'in line with policy', 'protocols*0.5', 'guidelines*0.3', 'processes*0.4',
      'implementation*0.6', 'implement*0.5', 'roll out*0.5', 'rollout*0.5', 'programme management*0.6',
      'project management*0.5', 'projects*0.3',
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
      'train staff', 'training staff', 'staff training', 'train new staff', 'training of staff', 'induction*0.7',
      'inductions*0.7', 'orientation*0.5', 'super user', 'system training', 'workflow', 'workflows',
      'operational decisions', 'troubleshoot', 'resolve issues*0.6', 'resolve problems*0.6', 'escalate*0.4',
    ],
  },
  {
    id: 'admin.tasks.records_ehr',
    side: 'administration',
    family: 'tasks',
    name: 'Patient records and EHRs',
    quote: 'familiar with healthcare regulations, compliance, and electronic health record systems',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'records_management',
    cues: [
      'patient records', 'medical records', 'health records', 'records management', 'electronic health record',
      'electronic health records', 'electronic medical record', 'electronic medical records', 'ehr', 'ehrs',
      'emr', 'emrs', 'case notes', 'health information', 'records', 'record keeping', 'filing', 'scanning',
      'data entry', 'indexing', 'documentation*0.5', 'patient administration system', 'PAS', 'demographics',
      'registration', 'registrations', 'patient information', 'data quality', 'release of information',
    ],
    titleCues: ['records', 'health information', 'medical records'],
  },
  {
    id: 'admin.tasks.personnel_onboarding',
    side: 'administration',
    family: 'tasks',
    name: 'Staffing: recruiting, rotas, managing personnel',
    quote:
      'Healthcare admins also recruit and manage staff, keep records of the facility’s services, and communicate with department heads.',
    document: DOCUMENTS.ashworth,
    weight: 1,
    cues: [
      'onboarding', 'staff onboarding', 'recruit staff', 'recruiting', 'recruitment', 'hiring', 'interviewing',
      'timesheets', 'annual leave', 'sickness absence', 'absence management', 'leave requests', 'overtime',
      'staffing', 'staffing levels', 'temporary staffing', 'bank staff', 'agency staff', 'payroll',
      'line management', 'line manage', 'line manager', 'supervise staff', 'supervision', 'supervise',
      'supervising', 'personnel', 'hr administration', 'appraisals', 'rota', 'roster', 'rostering',
      'staff schedules', 'shifts*0.5', 'vacancies', 'performance management', 'manage staff', 'managing staff',
      'staff management', 'manage a team', 'managing a team', 'lead a team*0.7', 'leading a team*0.7',
      'team of', 'direct reports*0.7', 'disciplinary', 'grievances', 'hiring and firing', 'employee relations*0.7',
      'staff development*0.5', 'coaching*0.4', 'mentoring*0.4',
    ],
    titleCues: ['staffing', 'roster', 'rota', 'personnel', 'recruitment', 'onboarding'],
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
      'financial reporting', 'financial reports', 'invoices', 'invoice', 'invoicing', 'purchase orders',
      'procurement', 'accounts payable', 'accounts receivable', 'reconciliation', 'reconciliations', 'petty cash',
      'expenses', 'month end', 'year end', 'ledger', 'debtors', 'creditors', 'monthly reports', 'produce reports',
      'reporting*0.4', 'monitoring*0.4', 'spreadsheets', 'ordering', 'stock', 'manage the budget',
      'managing the budget', 'budget management', 'budget monitoring', 'monitor the budget', 'within budget',
      'budget*0.5', 'budgets*0.5', 'expenditure*0.6', 'grant reporting', 'grant tracking', 'cash handling',
      'financial controls', 'financial operations', 'accounting', 'audit preparation', 'financial statements*0.6',
    ],
    titleCues: ['accountant', 'payroll', 'accounts', 'receivable', 'payable', 'procurement', 'purchasing'],
  },
  {
    id: 'admin.tasks.billing_coding',
    side: 'administration',
    family: 'tasks',
    name: 'Billing and coding',
    quote:
      'Administrators may also specialize in areas like billing and coding, patient relations, compliance, or records management.',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'billing_coding',
    cues: [
      'billing', 'coding', 'clinical coding', 'medical coding', 'coder', 'coders', 'icd 10', 'icd-10', 'icd10',
      'CPT', 'opcs', 'claims', 'insurance claims', 'revenue cycle', 'patient accounts', 'payments*0.6',
      'collections', 'charges*0.6', 'denials', 'insurance verification', 'verify insurance', 'eligibility',
      'prior authorization', 'prior authorizations', 'pre-authorization', 'copay', 'copays', 'self pay', 'remittance',
      'insurance*0.5', 'payer*0.5', 'payers*0.5', 'reimbursement', 'charge capture', 'superbills',
    ],
    titleCues: ['billing', 'coding', 'coder', 'biller', 'revenue cycle', 'claims', 'collections', 'reimbursement'],
  },
  {
    id: 'admin.tasks.compliance_privacy',
    side: 'administration',
    family: 'tasks',
    name: 'Compliance, HIPAA and regulation',
    quote: 'including HIPAA rules and other patient privacy laws',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'compliance',
    cues: [
      'compliance', 'compliant', 'comply', 'hipaa', 'privacy', 'confidentiality*0.5', 'gdpr', 'data protection',
      'information governance', 'regulations', 'regulatory requirements', 'regulatory', 'audit', 'audits',
      'inspection', 'inspections', 'legal requirements', 'caldicott', 'freedom of information', 'subject access',
      'federal regulations', 'state regulations', 'governance*0.6', 'laws and regulations', 'statutory',
      'assurance*0.6', 'standards*0.3', 'regulators*0.5', 'security*0.3',
    ],
    titleCues: ['compliance', 'governance', 'privacy', 'information governance', 'regulatory'],
  },
  {
    id: 'admin.tasks.accreditation_risk',
    side: 'administration',
    family: 'tasks',
    name: 'Accreditation, insurance negotiations, risk management',
    quote: 'They may also handle accreditation processes, insurance negotiations, and risk management.',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'compliance',
    cues: [
      'accreditation', 'joint commission accreditation', 'licensure', 'licensing', 'credentialing',
      'credentials*0.5', 'risk management', 'risk register', 'incident reporting', 'incidents*0.7',
      'insurance negotiations', 'payer contracts', 'payer contracting', 'risk*0.6', 'risks*0.6',
      'safeguarding*0.4', 'patient safety*0.5', 'claims management', 'litigation*0.5',
    ],
    titleCues: ['credentialing', 'accreditation', 'risk'],
  },
  {
    id: 'admin.tasks.patient_services',
    side: 'administration',
    family: 'tasks',
    name: 'Patient relations and services',
    quote:
      'a patient services administrator focuses on enhancing the patient experience and streamlining admissions and discharge processes',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'patient_services',
    cues: [
      'patient services', 'patient relations', 'patient experience', 'front desk', 'front office', 'reception',
      'receptionist', 'greet', 'greets', 'greeting', 'check in', 'check-in', 'check out', 'check-out', 'telephone',
      'telephones', 'phone', 'phones', 'calls', 'enquiries', 'inquiries', 'complaints', 'PALS', 'patient liaison',
      'customer service', 'visitors', 'point of contact', 'first point of contact', 'call center',
      'patients and families*0.5', 'patient queries', 'patient access', 'patient satisfaction*0.6',
    ],
    titleCues: ['patient navigator', 'patient access', 'patient services', 'patient relations', 'patient experience', 'reception', 'receptionist', 'front desk', 'customer service'],
  },
  {
    id: 'admin.tasks.admissions_discharge',
    side: 'administration',
    family: 'tasks',
    name: 'Admissions and discharge',
    quote:
      'a patient services administrator focuses on enhancing the patient experience and streamlining admissions and discharge processes',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'admissions',
    cues: [
      'admissions', 'admission', 'discharge', 'discharges', 'bed management', 'transfers*0.6', 'intake',
      'waiting list', 'waiting lists', 'referral management', 'process referrals', 'processing referrals',
      'referrals*0.5', 'referral*0.5', 'pre-admission', 'pre-registration',
    ],
    titleCues: ['bed manager', 'bed management', 'patient flow', 'admissions', 'admission', 'intake', 'referrals', 'referral', 'waiting list'],
  },
  {
    id: 'admin.tasks.scheduling',
    side: 'administration',
    family: 'tasks',
    name: 'Scheduling and coordinating patient services',
    quote:
      'Administrators ensure that the organization runs smoothly by overseeing specific departments, managing personnel, handling billing and compliance, and coordinating patient services.',
    document: DOCUMENTS.article,
    weight: 1,
    specialization: 'scheduling',
    cues: [
      'scheduling', 'schedule appointments', 'appointments', 'appointment', 'booking', 'bookings',
      'book appointments', 'clinic lists', 'clinic templates', 'diary management', 'diaries', 'diary',
      'schedules*0.6', 'rescheduling', 'reschedule', 'calendar', 'coordinate*0.3', 'coordinating*0.3',
      'coordination*0.3',
    ],
    titleCues: ['booking', 'scheduler', 'scheduling', 'appointments'],
  },
  {
    id: 'admin.tasks.clerical_support',
    side: 'administration',
    family: 'tasks',
    name: 'Hands-on administrative work and support to executives',
    quote: 'While management focuses on strategy, administration is often more operational and hands-on.',
    document: DOCUMENTS.article,
    weight: 1,
    cues: [
      'administrative', 'admin', 'administrative support', 'administrative duties', 'administrative tasks',
      'clerical', 'secretarial', 'minute taking', 'take minutes', 'minutes', 'agendas', 'typing', 'correspondence',
      'letters', 'emails*0.5', 'mail', 'photocopying', 'office processes', 'administrative processes',
      'databases*0.5', 'database*0.5', 'word processing', 'audio typing', 'dictation', 'meetings*0.3',
      'paperwork', 'forms*0.6', 'board papers', 'executive support', 'administration*0.5',
    ],
    titleCues: ['executive assistant', 'personal assistant', 'administrator', 'administrative', 'admin', 'administration', 'secretary', 'clerk', 'typist', 'clerical'],
  },
  {
    id: 'admin.path.administrative_roles',
    side: 'administration',
    family: 'career_path',
    name: 'Administrative role (practice administrator, office manager)',
    quote:
      'Typical roles include hospital administrator, medical office manager, practice administrator, and department coordinator.',
    document: DOCUMENTS.article,
    weight: 1,
    // Evidence of this criterion comes from title.ts (the documents' own administrative titles).
    cues: ['practice administrator', 'office manager', 'hospital administrator', 'department coordinator'],
  },
  {
    id: 'admin.path.senior_administrative',
    side: 'administration',
    family: 'career_path',
    name: 'Senior administrative role (director of administration, CAO)',
    quote:
      'Career growth in healthcare administration often involves moving into senior administrative roles such as director of administration, vice president of operations, or chief administrative officer.',
    document: DOCUMENTS.article,
    weight: 1,
    cues: ['director of administration', 'chief administrative officer', 'vice president of operations'],
  },
  {
    id: 'admin.education.certificates_operational',
    side: 'administration',
    family: 'education',
    name: 'Certificates and operational experience',
    quote: 'the emphasis is on operational skills, compliance knowledge, and personnel management',
    document: DOCUMENTS.article,
    weight: 1,
    cues: [
      'certificate', 'certification', 'certified', 'cpc', 'ccs', 'rhit', 'rhia', 'aapc', 'ahima', 'nvq', 'diploma',
      'gcse', 'gcses', 'high school', 'ged', 'associate degree', 'ecdl', 'administrative experience',
      'office experience', 'operational experience', 'clerical experience', 'reception experience',
      'customer service experience', 'attention to detail', 'organizational skills', 'multitask', 'multi-task',
      'typing speed', 'keyboard skills', 'computer literate', 'it skills', 'numeracy', 'literacy',
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
