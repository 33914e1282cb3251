// "What would have tipped it the other way": the other side's strongest criteria, absent or weak.
import type { Side } from '../../classifier/types';
import { sideNames } from '../shared/labels';
import type { TippingCriterion } from './tipping';

export function TippingSection({ side, items }: { side: Side; items: readonly TippingCriterion[] }) {
  if (items.length === 0) return null;
  return (
    <section class="rl-section" aria-labelledby="rl-tipping-h" data-testid="rl-tipping">
      <h2 id="rl-tipping-h">What would have tipped it toward {sideNames[side]}</h2>
      <ul class="rl-plain-list">
        {items.map(({ criterion, status }) => (
          <li key={criterion.id} data-criterion={criterion.id}>
            <strong>{criterion.name}</strong>{' '}
            <span class="rl-muted">({status === 'absent' ? 'not in this posting' : 'only weakly present'})</span>
            <span class="rl-group__source">The documents: “{criterion.quote}”</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
