// Dim or hide the cards that are not of a chosen tag (writes settings.display.tagFilter; the
// content script applies it to the page at once).
import type { Label } from '../../classifier/types';
import { tagVocabulary, tagOrder } from '../../shared/tag-vocabulary';
import type { TagFilter } from './api';

export function TagFilterControl({ filter, onChange }: { filter: TagFilter; onChange: (filter: TagFilter) => void }) {
  const label = filter.mode === 'off' ? '' : filter.label ?? '';
  const mode = filter.mode === 'off' ? 'dim' : filter.mode;
  const update = (nextLabel: string, nextMode: 'dim' | 'hide') =>
    onChange(nextLabel === '' ? { mode: 'off', label: null } : { mode: nextMode, label: nextLabel as Label });
  return (
    <fieldset class="rl-filter" data-testid="rl-tag-filter">
      <legend>Focus on one tag</legend>
      <label>
        Keep
        <select value={label} data-testid="rl-tag-filter-label" onChange={(e) => update(e.currentTarget.value, mode)}>
          <option value="">all postings</option>
          {tagOrder.map((l) => (
            <option value={l} key={l}>
              {tagVocabulary[l].word}
            </option>
          ))}
        </select>
      </label>
      <label>
        and
        <select value={mode} data-testid="rl-tag-filter-mode" disabled={label === ''} onChange={(e) => update(label, e.currentTarget.value as 'dim' | 'hide')}>
          <option value="dim">dim the others</option>
          <option value="hide">hide the others</option>
        </select>
      </label>
    </fieldset>
  );
}
