// One small icon per tag, so the tag never rests on colour alone. Decorative: the text says it.
import type { Label } from '../../classifier/types';

const paths: Record<Label, string> = {
  // Rising line: strategy and growth.
  management: 'M2 12l4-4 3 3 5-6M10 5h4v4',
  // Clipboard: day-to-day operations.
  administration: 'M5 3h6v2H5zM4 4H3v10h10V4h-1M5.5 8h5M5.5 11h5',
  // Scales: both sides.
  balanced: 'M8 2v12M4 14h8M2 6h12M2 6l-1.5 4h3zM14 6l-1.5 4h3z',
  // Circle with a slash: not this kind of role.
  not_applicable: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M3.4 3.4l9.2 9.2',
};

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
      <path d={paths[label]} />
    </svg>
  );
}
