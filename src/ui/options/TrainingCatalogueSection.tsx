// The training catalogue: add, edit, remove, restore defaults; and "what I already hold".
import { useState } from 'preact/hooks';
import { effectiveCatalogue, type UserCatalogue } from '../../training/user-catalogue';
import type { TrainingEntry } from '../../training/types';
import { entryMatches } from './query';
import { newEntryId, removeEntry, restoreDefaults, saveEntry } from '../../training/catalogue-edits';
import { Section } from './Section';
import { TrainingEntryForm } from './TrainingEntryForm';

const blankEntry = (): TrainingEntry => ({
  id: '',
  name: '',
  kind: 'course',
  level: '',
  sides: ['management'],
  specializations: [],
  seniority: [],
  why: '',
});

export function TrainingCatalogueSection(props: {
  shipped: readonly TrainingEntry[];
  user: UserCatalogue;
  /** Changes the overlay from its latest value (never from the one this render saw). */
  onChange: (change: (user: UserCatalogue) => UserCatalogue) => void;
  /** The options page's filter box: the entry list shows what matches. */
  query?: string;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [held, setHeld] = useState('');
  const entries = effectiveCatalogue(props.shipped, props.user);
  const query = props.query?.trim() ?? '';
  const listed = query ? entries.filter((e) => entryMatches(query, e)) : entries;
  const customised = props.user.added.length + Object.keys(props.user.edited).length + props.user.removed.length > 0;

  const addHeld = (e: Event) => {
    e.preventDefault();
    const value = held.trim();
    if (value === '' || props.user.held.some((h) => h.toLowerCase() === value.toLowerCase())) return;
    props.onChange((user) => (user.held.some((h) => h.toLowerCase() === value.toLowerCase()) ? user : { ...user, held: [...user.held, value.slice(0, 100)] }));
    setHeld('');
  };

  return (
    <Section id="rl-training" title="Training catalogue" intro="Degrees, certificates and courses RoleLens suggests for a posting.">
      <h3 id="held-title">What I already hold</h3>
      <p class="rl-help">Suggestions skip these. Type a degree or credential, e.g. “MHA” or “CPC”.</p>
      <ul class="rl-list" aria-labelledby="held-title" data-testid="rl-held-list">
        {props.user.held.map((h) => (
          <li key={h}>
            <span>{h}</span>
            <button type="button" aria-label={`Remove ${h} from what I hold`} onClick={() => props.onChange((user) => ({ ...user, held: user.held.filter((x) => x !== h) }))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="rl-form rl-inline" onSubmit={addHeld} aria-label="Add something I hold">
        <label for="held-input">I hold</label>
        <input id="held-input" data-testid="rl-held-input" list="held-options" value={held} onInput={(e) => setHeld((e.currentTarget as HTMLInputElement).value)} />
        <datalist id="held-options">
          {entries.map((e) => (
            <option key={e.id} value={e.name} />
          ))}
        </datalist>
        <button type="submit" data-testid="rl-held-add">
          Add
        </button>
      </form>

      <h3>Entries</h3>
      {query !== '' && (
        <p class="rl-help" data-testid="rl-training-filtered">
          {listed.length === 0 ? `No entry matches “${query}”.` : `Showing ${listed.length} of ${entries.length} entries that match “${query}”.`}
        </p>
      )}
      <ul class="rl-list rl-entries" data-testid="rl-training-list">
        {listed.map((entry) => (
          <li key={entry.id} data-testid={`rl-training-${entry.id}`}>
            {editing === entry.id ? (
              <TrainingEntryForm
                initial={entry}
                submitLabel="Save entry"
                onSave={(e) => {
                  props.onChange((user) => saveEntry(user, e, props.shipped));
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <span>
                  <strong>{entry.name}</strong> ({entry.kind}
                  {entry.custom ? ', yours' : ''}) — {entry.why}{' '}
                  {entry.link && (
                    <a href={entry.link} target="_blank" rel="noopener noreferrer">
                      link
                    </a>
                  )}
                </span>
                <button type="button" aria-label={`Edit ${entry.name}`} onClick={() => setEditing(entry.id)}>
                  Edit
                </button>
                <button type="button" aria-label={`Remove ${entry.name}`} onClick={() => props.onChange((user) => removeEntry(user, entry.id, props.shipped))}>
                  Remove
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <h3>Add an entry</h3>
      <TrainingEntryForm
        key={entries.length}
        initial={blankEntry()}
        submitLabel="Add entry"
        onSave={(e) => props.onChange((user) => saveEntry(user, { ...e, id: newEntryId(e.name, effectiveCatalogue(props.shipped, user)), custom: true }, props.shipped))}
      />
      <button type="button" data-testid="rl-training-restore" disabled={!customised} onClick={() => props.onChange(restoreDefaults)}>
        Restore the default catalogue
      </button>
    </Section>
  );
}
