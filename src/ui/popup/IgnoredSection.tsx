// Text that counted for nothing (benefits, equal-opportunity statements) but uses criterion words.
import type { IgnoredSentence } from './ignored-text';

const SECTION_NAMES: Record<string, string> = {
  benefits: 'benefits or pay',
  equal_opportunity: 'equal-opportunity statement',
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
            <span class="rl-muted"> ({SECTION_NAMES[item.section] ?? item.section}; words of: {item.criteria.join(', ')})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
