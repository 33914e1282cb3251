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

export const balancedPosting: Posting = {
  title: 'Service Manager',
  company: 'Lakeside Hospital',
  description:
    'You will contribute to the strategic plan for the service and help shape its long-term direction with the executive team. ' +
    'You will oversee the budget for the service, build partnerships with commissioners and lead business development. ' +
    'You will inspire the team and shape a positive culture. ' +
    'You will also run the day-to-day operations of the department, including staff rotas, and make sure policies and procedures are followed. ' +
    'You will supervise the reception team and keep patient records accurate.',
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
