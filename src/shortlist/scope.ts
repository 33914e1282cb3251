// The verdict's scope (how wide the role's remit is), read defensively: older verdicts (stored
// tab states, imports, a classifier that does not set it yet) have none, which reads as 'unknown'.
import type { JobScope } from './types';

export const JOB_SCOPES: readonly JobScope[] = ['organisation', 'division', 'department', 'individual', 'unknown'];

export const scopeNames: Record<JobScope, string> = {
  organisation: 'Organisation',
  division: 'Division',
  department: 'Department',
  individual: 'Individual',
  unknown: 'Scope not known',
};

export function readScope(verdict: object): JobScope {
  const scope: unknown = (verdict as { scope?: unknown }).scope;
  return typeof scope === 'string' && scope !== 'unknown' && (JOB_SCOPES as readonly string[]).includes(scope)
    ? (scope as JobScope)
    : 'unknown';
}
