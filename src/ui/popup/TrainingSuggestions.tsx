// Training suggestions for this posting: top three, each with one line of why.
import type { Suggestion } from '../../training/suggest';
import { TrainingEntryName } from '../shared/TrainingEntryName';

export function TrainingSuggestions({ suggestions }: { suggestions: readonly Suggestion[] }) {
  if (suggestions.length === 0) return null;
  return (
    <section class="rl-section" aria-labelledby="rl-training-h">
      <h2 id="rl-training-h">What to study for this kind of job</h2>
      <ol class="rl-training-list">
        {suggestions.map(({ entry, reason, named }) => (
          <li class="rl-training" data-testid="rl-training" data-id={entry.id} data-named={named ? named.strength : undefined} key={entry.id}>
            <TrainingEntryName entry={entry} nameClass="rl-training__name" />
            <span class="rl-training__why">{reason}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
