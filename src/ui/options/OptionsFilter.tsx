// The filter box: narrows the criterion weights and the training catalogue to what matches, and
// says how many of each match, with links to them.
import type { Criterion } from '../../classifier/criteria';
import type { TrainingEntry } from '../../training/types';
import { criterionMatches, entryMatches } from './query';

export function OptionsFilter(props: {
  query: string;
  onChange: (query: string) => void;
  criteria: readonly Criterion[];
  entries: readonly TrainingEntry[];
}) {
  const query = props.query.trim();
  const criteria = query ? props.criteria.filter((c) => criterionMatches(query, c)).length : 0;
  const entries = query ? props.entries.filter((e) => entryMatches(query, e)).length : 0;
  return (
    <div class="rl-filter-box" role="search">
      <label for="options-filter">Find a criterion or training entry</label>
      <input
        id="options-filter"
        type="search"
        data-testid="rl-options-filter"
        value={props.query}
        aria-describedby="options-filter-result"
        onInput={(e) => props.onChange((e.currentTarget as HTMLInputElement).value)}
      />
      <p id="options-filter-result" role="status" class="rl-help" data-testid="rl-options-filter-result">
        {query && (
          <>
            <a href="#weights">
              {criteria} {criteria === 1 ? 'criterion' : 'criteria'}
            </a>{' '}
            and{' '}
            <a href="#training">
              {entries} catalogue {entries === 1 ? 'entry' : 'entries'}
            </a>{' '}
            match “{query}”.
          </>
        )}
      </p>
    </div>
  );
}
