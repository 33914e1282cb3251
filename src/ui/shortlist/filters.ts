// The list's filters (tag, scope, board) and which jobs pass them. Pure.
import type { Label } from '../../classifier/types';
import type { JobScope, SavedJob } from '../../shortlist/types';

export interface JobFilter {
  label: Label | 'all';
  scope: JobScope | 'all';
  /** A board id, or 'all'. */
  board: string;
}

export const noFilter: JobFilter = { label: 'all', scope: 'all', board: 'all' };

export function filterJobs(jobs: readonly SavedJob[], filter: JobFilter): SavedJob[] {
  return jobs.filter(
    (j) =>
      (filter.label === 'all' || j.label === filter.label) &&
      (filter.scope === 'all' || j.scope === filter.scope) &&
      (filter.board === 'all' || j.board === filter.board),
  );
}

/** The boards the saved jobs come from, by id with their names, in name order. */
export function boardsIn(jobs: readonly SavedJob[]): { id: string; name: string }[] {
  const names = new Map<string, string>();
  for (const j of jobs) if (!names.has(j.board)) names.set(j.board, j.boardName || j.board || 'Unknown board');
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export function isFiltered(filter: JobFilter): boolean {
  return filter.label !== 'all' || filter.scope !== 'all' || filter.board !== 'all';
}
