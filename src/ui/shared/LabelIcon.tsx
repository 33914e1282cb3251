// The tag's icon (src/shared/tag-vocabulary.ts: the badge draws the same). Decorative: the text says it.
import type { Label } from '../../classifier/types';
import { tagVocabulary } from '../../shared/tag-vocabulary';

export function LabelIcon({ label, size = 14 }: { label: Label; size?: number }) {
  return (
    <svg
      class="rl-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={tagVocabulary[label].icon} />
    </svg>
  );
}
