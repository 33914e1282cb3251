// The evidence, grouped by criterion: each group names the criterion and the documents' words
// behind it; each item quotes the posting's sentence. Clicking an item shows it on the page.
import { senseNotes, sideNames, zoneNotes } from '../shared/labels';
import type { EvidenceGroup, EvidenceItem } from './evidence-groups';
import { Quote } from './Quote';

export interface EvidenceSectionProps {
  groups: readonly EvidenceGroup[];
  /** Absent when there is no page to show the sentence on (pasted text). */
  onSelect?: (item: EvidenceItem) => void;
}

// Every quote says where it came from (the duties decide; the person specification counts a
// little) and, when it was not read at face value, why.
function ItemMeta({ item }: { item: EvidenceItem }) {
  const notes: string[] = [];
  if (item.zone) notes.push(zoneNotes[item.zone]);
  if (item.sense) notes.push(senseNotes[item.sense]);
  else if (item.weight < 0) notes.push(senseNotes.negated);
  return notes.length > 0 ? (
    <span class="rl-evidence__meta" data-testid="rl-evidence-meta" data-zone={item.zone}>
      {notes.join('; ')}
    </span>
  ) : null;
}

function Item({ item, onSelect }: { item: EvidenceItem; onSelect?: EvidenceSectionProps['onSelect'] }) {
  const body = (
    <>
      <Quote sentence={item.sentence} cues={item.cues} />
      <ItemMeta item={item} />
    </>
  );
  return (
    <li class="rl-evidence" data-testid="rl-evidence" data-weight={item.weight}>
      {onSelect ? (
        <button type="button" class="rl-evidence__button" onClick={() => onSelect(item)} title="Show this sentence on the page">
          {body}
        </button>
      ) : (
        <div class="rl-evidence__static">{body}</div>
      )}
    </li>
  );
}

/** The strongest criteria are shown; the rest wait behind "More evidence". */
const VISIBLE_GROUPS = 4;

function Group({ group, onSelect }: { group: EvidenceGroup; onSelect?: EvidenceSectionProps['onSelect'] }) {
  return (
    <section
      class={`rl-group rl-group--${group.side}`}
      data-testid="rl-evidence-group"
      data-criterion={group.criterionId}
      aria-labelledby={`rl-g-${group.criterionId}`}
    >
      <h3 id={`rl-g-${group.criterionId}`} class="rl-group__name">
        <span class="rl-group__side">{sideNames[group.side]}</span> {group.name}
      </h3>
      {group.quote && (
        <p class="rl-group__source" data-testid="rl-criterion-quote">
          The documents: “{group.quote}”
        </p>
      )}
      <ul class="rl-evidence-list">
        {group.items.map((item) => (
          <Item key={`${item.field}:${item.sentence}`} item={item} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}

export function EvidenceSection({ groups, onSelect }: EvidenceSectionProps) {
  if (groups.length === 0) {
    return (
      <section class="rl-section" aria-labelledby="rl-evidence-h">
        <h2 id="rl-evidence-h">Evidence</h2>
        <p class="rl-note">No sentence of this posting meets a criterion of either side.</p>
      </section>
    );
  }
  return (
    <section class="rl-section" aria-labelledby="rl-evidence-h">
      <h2 id="rl-evidence-h">Why this tag</h2>
      {onSelect && <p class="rl-hint">Select a quote to see it on the page.</p>}
      {groups.slice(0, VISIBLE_GROUPS).map((group) => (
        <Group key={group.criterionId} group={group} onSelect={onSelect} />
      ))}
      {groups.length > VISIBLE_GROUPS && (
        <details class="rl-details">
          <summary>More evidence ({groups.length - VISIBLE_GROUPS} more {groups.length - VISIBLE_GROUPS === 1 ? 'criterion' : 'criteria'})</summary>
          {groups.slice(VISIBLE_GROUPS).map((group) => (
            <Group key={group.criterionId} group={group} onSelect={onSelect} />
          ))}
        </details>
      )}
    </section>
  );
}
