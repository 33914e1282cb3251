// Filters for the saved jobs: tag, scope and board, each a labelled select with counts.
import type { Label } from '../../classifier/types';
import { JOB_SCOPES, scopeNames } from '../../shortlist/scope';
import type { JobScope, SavedJob } from '../../shortlist/types';
import { tagVocabulary, tagOrder } from '../../shared/tag-vocabulary';
import { boardsIn, type JobFilter } from './filters';

function Select<T extends string>(props: {
  id: string;
  label: string;
  value: T | 'all';
  options: readonly { value: T; name: string; count: number }[];
  onChange: (value: T | 'all') => void;
}) {
  return (
    <div class="rl-filter-field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        data-testid={props.id}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T | 'all')}
      >
        <option value="all">All</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.count === 0 && o.value !== props.value}>
            {o.name} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}

export function JobFilters(props: { jobs: readonly SavedJob[]; filter: JobFilter; onChange: (filter: JobFilter) => void }) {
  const { jobs, filter } = props;
  const count = (test: (j: SavedJob) => boolean) => jobs.filter(test).length;
  return (
    <div class="rl-filters" role="group" aria-label="Filter saved jobs">
      <Select<Label>
        id="rl-filter-tag"
        label="Tag"
        value={filter.label}
        options={tagOrder.map((l) => ({ value: l, name: tagVocabulary[l].word, count: count((j) => j.label === l) }))}
        onChange={(label) => props.onChange({ ...filter, label })}
      />
      <Select<JobScope>
        id="rl-filter-scope"
        label="Scope"
        value={filter.scope}
        options={JOB_SCOPES.map((s) => ({ value: s, name: scopeNames[s], count: count((j) => j.scope === s) }))}
        onChange={(scope) => props.onChange({ ...filter, scope })}
      />
      <Select<string>
        id="rl-filter-board"
        label="Board"
        value={filter.board}
        options={boardsIn(jobs).map((b) => ({ value: b.id, name: b.name, count: count((j) => j.board === b.id) }))}
        onChange={(board) => props.onChange({ ...filter, board })}
      />
    </div>
  );
}
