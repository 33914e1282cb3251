// A posting's sentence, verbatim, with its cues emphasised. Text children only: Preact renders
// them as text nodes, so page text can never become markup.
import { splitByCues, type CueRange } from './evidence-groups';

export function Quote({ sentence, cues }: { sentence: string; cues: readonly CueRange[] }) {
  return (
    <q class="rl-quote" data-testid="rl-quote">
      {splitByCues(sentence, cues).map((part, i) => (part.cue ? <mark key={i}>{part.text}</mark> : part.text))}
    </q>
  );
}
