// Words for the criterion families, the groups the weights are shown in.
import type { CriterionFamily } from '../../classifier/criteria';

export const familyNames: Record<CriterionFamily, string> = {
  scope: 'Scope and focus',
  decisions: 'Decision-making',
  policy: 'Policy',
  leadership: 'Leadership and people',
  bridging: 'Bridging executives and clinicians',
  growth: 'Growth',
  career_path: 'Career path',
  tasks: 'Day-to-day tasks',
  education: 'Education',
};
