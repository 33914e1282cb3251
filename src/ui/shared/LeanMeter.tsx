// The lean from Administration (−1) to Management (+1) as a meter screen readers can read.
import { leanWords } from './labels';

export function LeanMeter({ lean }: { lean: number }) {
  const clamped = Math.max(-1, Math.min(1, Number.isFinite(lean) ? lean : 0));
  const position = ((clamped + 1) / 2) * 100;
  return (
    <div class="rl-meter">
      <div
        class="rl-meter__track"
        role="meter"
        aria-label="Lean from administration to management"
        aria-valuemin={-100}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamped * 100)}
        aria-valuetext={leanWords(clamped)}
        data-testid="rl-meter"
      >
        <span class="rl-meter__centre" aria-hidden="true" />
        <span class="rl-meter__marker" style={{ left: `${position}%` }} aria-hidden="true" />
      </div>
      <div class="rl-meter__ends" aria-hidden="true">
        <span>Administration</span>
        <span>Management</span>
      </div>
    </div>
  );
}
