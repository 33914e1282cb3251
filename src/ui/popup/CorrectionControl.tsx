// "This is really …": the user's correction, stored locally so the classifier adapts.
import { useState } from 'preact/hooks';
import type { Label } from '../../classifier/types';
import { tagVocabulary } from '../../shared/tag-vocabulary';

type CorrectionLabel = Exclude<Label, 'not_applicable'>;
const CHOICES: readonly CorrectionLabel[] = ['management', 'administration', 'balanced'];

export function CorrectionControl({ current, onCorrect }: { current: Label; onCorrect: (label: CorrectionLabel) => Promise<void> }) {
  const [status, setStatus] = useState<string>('');
  const choose = async (label: CorrectionLabel) => {
    try {
      await onCorrect(label);
      setStatus(`Saved: “${tagVocabulary[label].word}”. RoleLens adjusts its weights from your corrections (undo in options).`);
    } catch (error) {
      setStatus(`Could not save the correction: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div class="rl-correct" role="group" aria-label="Correct the tag" data-testid="rl-correction">
      <span class="rl-muted">This is really:</span>
      {CHOICES.filter((l) => l !== current).map((label) => (
        <button type="button" class="rl-chip-button" key={label} onClick={() => void choose(label)}>
          {tagVocabulary[label].word}
        </button>
      ))}
      <p class="rl-status" role="status">{status}</p>
    </div>
  );
}
