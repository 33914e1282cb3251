// Add or edit one training entry. Links must be https.
import { useState } from 'preact/hooks';
import type { Side } from '../../classifier/types';
import { checkTrainingEntry } from '../../training/schema';
import type { TrainingEntry } from '../../training/types';

const KINDS: readonly TrainingEntry['kind'][] = ['degree', 'certificate', 'certification', 'course'];

export function TrainingEntryForm(props: {
  initial: TrainingEntry;
  submitLabel: string;
  onSave: (entry: TrainingEntry) => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState<TrainingEntry>(props.initial);
  const [error, setError] = useState<string | null>(null);
  const fid = (name: string) => `training-${props.initial.id || 'new'}-${name}`;
  const set = (patch: Partial<TrainingEntry>) => {
    setDraft({ ...draft, ...patch });
    setError(null);
  };
  const toggleSide = (side: Side, on: boolean) =>
    set({ sides: on ? [...new Set([...draft.sides, side])] : draft.sides.filter((s) => s !== side) });

  const submit = (e: Event) => {
    e.preventDefault();
    // A new entry gets its id when it is added; check the rest.
    const checked = checkTrainingEntry({ ...draft, id: draft.id || 'new', link: draft.link?.trim() || undefined });
    if (!checked.ok) {
      setError(checked.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' '));
      return;
    }
    // Keep fields this form does not edit (aliases, grounding …) from the original entry.
    const { link: _old, ...rest } = props.initial;
    props.onSave({ ...rest, ...checked.value, id: props.initial.id });
  };

  return (
    <form class="rl-form" onSubmit={submit} aria-label={props.submitLabel} data-testid="rl-training-form" noValidate>
      <div class="rl-field">
        <label for={fid('name')}>Name</label>
        <input id={fid('name')} data-testid="rl-training-name" value={draft.name} onInput={(e) => set({ name: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <div class="rl-field">
        <label for={fid('kind')}>Kind</label>
        <select id={fid('kind')} value={draft.kind} onChange={(e) => set({ kind: (e.currentTarget as HTMLSelectElement).value as TrainingEntry['kind'] })}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <div class="rl-field">
        <label for={fid('level')}>Level</label>
        <input id={fid('level')} value={draft.level} onInput={(e) => set({ level: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <fieldset class="rl-choice">
        <legend>Serves</legend>
        {(['management', 'administration'] as const).map((side) => (
          <label key={side}>
            <input type="checkbox" checked={draft.sides.includes(side)} onChange={(e) => toggleSide(side, (e.currentTarget as HTMLInputElement).checked)} />
            {side === 'management' ? 'Management' : 'Administration'}
          </label>
        ))}
      </fieldset>
      <div class="rl-field">
        <label for={fid('why')}>Why it fits</label>
        <input id={fid('why')} value={draft.why} onInput={(e) => set({ why: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <div class="rl-field">
        <label for={fid('link')}>Link (https)</label>
        <input id={fid('link')} type="url" data-testid="rl-training-link" value={draft.link ?? ''} onInput={(e) => set({ link: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <div class="rl-buttons">
        <button type="submit" data-testid="rl-training-save">
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
      <p role="alert" class="rl-error" data-testid="rl-training-error">
        {error ?? ''}
      </p>
    </form>
  );
}
