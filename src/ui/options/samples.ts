// Our own invented sample postings (never copied from real boards). The custom-cue preview runs
// them to show which a new cue would change.
import type { Posting } from '../../classifier/types';

export interface SamplePosting {
  id: string;
  posting: Posting;
}

export const samplePostings: readonly SamplePosting[] = [
  {
    id: 'sample-director-strategy',
    posting: {
      title: 'Director of Strategy and Service Line Growth',
      company: 'Riverbend Health System',
      description:
        'Riverbend Health System seeks a director to lead long-range strategic planning across our four hospitals. ' +
        'You will own the capital budget for new service lines, build business cases for technology investments, ' +
        'and partner with physician leaders and executives to set system-wide priorities. ' +
        'A master’s degree such as an MHA or MBA is preferred.',
    },
  },
  {
    id: 'sample-patient-access-supervisor',
    posting: {
      title: 'Patient Access Supervisor',
      company: 'Lakeview Community Clinic',
      description:
        'Supervise the front desk team in daily operations: patient registration, insurance verification and scheduling. ' +
        'Train new staff on check-in procedures, keep the clinic schedule running, and resolve billing questions from patients. ' +
        'Ensure HIPAA privacy rules are followed at every step.',
    },
  },
  {
    id: 'sample-him-manager',
    posting: {
      title: 'Health Information Management Manager',
      company: 'St. Ansel Medical Center',
      description:
        'Manage the medical records department: release of information, coding accuracy and EHR documentation audits. ' +
        'Implement policies for records retention and compliance with state and federal privacy regulations. ' +
        'RHIA or RHIT certification required.',
    },
  },
  {
    id: 'sample-practice-administrator',
    posting: {
      title: 'Practice Administrator',
      company: 'Northgate Orthopedic Partners',
      description:
        'Oversee day-to-day operations of a busy orthopedic practice, including staffing, scheduling and billing. ' +
        'Prepare the annual operating budget with the physician partners and report monthly financial results. ' +
        'Lead recruitment and onboarding of clinical and front office staff.',
    },
  },
  {
    id: 'sample-quality-director',
    posting: {
      title: 'Director of Quality Improvement',
      company: 'Harborview Regional Hospital',
      description:
        'Lead hospital-wide quality improvement and patient safety programs. Build a culture of continuous improvement, ' +
        'set quality goals with the executive team, and guide accreditation readiness. ' +
        'Experience with Lean Six Sigma is a plus.',
    },
  },
];
