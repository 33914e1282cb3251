// The tag as text, icon and colour (the colours live in theme.css under .rl-tag--<label>).
import type { Label } from '../../classifier/types';
import { LabelIcon } from './LabelIcon';
import { tagVocabulary } from '../../shared/tag-vocabulary';

export interface LabelTagProps {
  label: Label;
  /** 'full' = "Management-leaning"; 'short' = "Management". */
  variant?: 'full' | 'short';
  testId?: string;
}

export function LabelTag({ label, variant = 'full', testId }: LabelTagProps) {
  return (
    <span class={`rl-tag rl-tag--${label}`} data-testid={testId} data-label={label}>
      <LabelIcon label={label} />
      <span>{variant === 'full' ? tagVocabulary[label].name : tagVocabulary[label].word}</span>
    </span>
  );
}
