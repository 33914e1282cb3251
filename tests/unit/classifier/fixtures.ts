// Invented postings (written for these tests; no text from the shared corpus).
import type { Posting } from '../../../src/classifier/types';

export const executivePosting: Posting = {
  title: 'Chief Operating Officer',
  company: 'Riverside Community Health',
  description:
    'About the role: As a member of the Board, the Chief Operating Officer sets the strategic direction for all clinical and corporate services across the organisation. ' +
    'You will lead the five-year strategic plan, oversee the budget and make high-level decisions on resource allocation and investment in new technology. ' +
    'You will inspire and motivate senior leaders and cultivate a positive culture, working as the bridge between the executive team, physicians and staff. ' +
    'An MBA or MHA and significant executive experience are required. ' +
    'We offer a generous pension, 30 days annual leave and health insurance. We are an equal opportunity employer.',
};

export const administratorPosting: Posting = {
  title: 'Patient Services Administrator',
  company: 'Northgate Hospital',
  description:
    'Main duties of the job: You will support the day-to-day running of the outpatient department. ' +
    'Duties include booking appointments, maintaining accurate patient records on the electronic health record, registering new patients at reception and answering telephone enquiries. ' +
    'You will follow standard operating procedures and ensure confidentiality and data protection rules are applied. ' +
    'Previous administrative experience and good keyboard skills are essential.',
};

// Both sides substantial in the duties (LABELLING.md §3): two or more statements each, the weaker
// side more than a third of them.
export const balancedPosting: Posting = {
  title: 'Service Manager',
  company: 'Lakeside Hospital',
  description:
    'Key responsibilities: You will set the service’s five-year strategy and lead business development, winning new contracts with commissioners. ' +
    'You will grow the service into new markets. ' +
    'You will also run day-to-day operations, including staff rotas and recruitment. ' +
    'You will oversee billing and make sure the clinic meets its compliance obligations.',
};

export const nursePosting: Posting = {
  title: 'Staff Nurse - Admissions Unit',
  company: 'Northgate Hospital',
  description:
    'We are looking for a registered nurse to join our acute admissions ward. You will assess patients, administer medications, record vital signs and deliver high quality nursing care.',
};

export const databaseAdminPosting: Posting = {
  title: 'Database Administrator',
  company: 'Northgate Hospital',
  description: 'You will administer SQL Server databases, tune queries, manage backups and support the EHR integration team.',
};

export const nonHealthcarePosting: Posting = {
  title: 'Compliance Director',
  company: 'Harbour Capital Partners',
  description:
    'Harbour Capital is a financial services firm. You will lead our compliance programme covering anti-money laundering, KYC and securities regulations, and report to the board on regulatory risk.',
};

export const vetPosting: Posting = {
  title: 'Practice Manager',
  company: 'Meadowbank Veterinary Hospital',
  description:
    'Duties: You will run the day-to-day operations of our busy small-animal veterinary hospital, manage the rota of veterinary nurses, oversee billing and keep client records for every pet we treat.',
};

export const analystPosting: Posting = {
  title: 'Healthcare Data Analyst',
  company: 'Northgate Hospital',
  description: 'You will build dashboards on waiting times and staffing, analyse activity data and present reports to the operations team.',
};

export const caseloadPosting: Posting = {
  title: 'Community Services Coordinator',
  company: 'Northgate Community Health',
  description:
    'Duties: You will hold a caseload of patients in the community, assess patients in their homes, deliver care plans and administer medications. ' +
    'You will carry out physical examinations and treat minor wounds. You will keep the rota for the team up to date.',
};

export const otherIndustryPosting: Posting = {
  title: 'Operations Manager',
  company: 'Brightline Home Improvement',
  description:
    'Brightline is a home improvement company selling windows and doors and roofing across the region. Duties: You will run day-to-day operations, manage the installer rota and handle customer complaints.',
};
