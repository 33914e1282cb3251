// Text that counted for nothing (the employer describing itself, benefits, pay, equal-opportunity
// statements, logistics) but uses criterion words.
import type { Zone } from '../../classifier/types';
import type { IgnoredSentence } from './ignored-text';

const ZONE_NAMES: Partial<Record<Zone, string>> = {
  employer: 'the employer describing itself',
  other: 'benefits, pay, equal opportunity or posting details',
};

export function IgnoredSection({ items }: { items: readonly IgnoredSentence[] }) {
  if (items.length === 0) return null;
  return (
    <details class="rl-section rl-details" data-testid="rl-ignored">
      <summary>Ignored text ({items.length})</summary>
      <p class="rl-hint">These sentences use words of the criteria, but stand in text that does not describe the job, so they counted for nothing.</p>
      <ul class="rl-plain-list">
        {items.map((item) => (
          <li key={item.sentence}>
            <q class="rl-quote">{item.sentence}</q>
            <span class="rl-muted"> ({ZONE_NAMES[item.zone] ?? item.zone}; words of: {item.criteria.join(', ')})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
