// A labelled slider with its value shown and a per-control reset.
import type { ComponentChildren } from 'preact';

export interface RangeControlProps {
  id: string;
  testId: string;
  label: string;
  value: number;
  defaultValue: number;
  min: number;
  max: number;
  step: number;
  format: (value: number) => string;
  onChange: (value: number) => void;
  help?: ComponentChildren;
}

export function RangeControl(p: RangeControlProps) {
  const helpId = `${p.id}-help`;
  return (
    <div class="rl-range">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="range"
        data-testid={p.testId}
        min={p.min}
        max={p.max}
        step={p.step}
        value={p.value}
        aria-valuetext={p.format(p.value)}
        aria-describedby={p.help ? helpId : undefined}
        onInput={(e) => p.onChange(Number((e.currentTarget as HTMLInputElement).value))}
      />
      <output for={p.id} class="rl-value">
        {p.format(p.value)}
      </output>
      <button
        type="button"
        class="rl-reset"
        data-testid={`${p.testId}-reset`}
        aria-label={`Reset ${p.label} to default`}
        disabled={p.value === p.defaultValue}
        onClick={() => p.onChange(p.defaultValue)}
      >
        Reset
      </button>
      {p.help && (
        <div id={helpId} class="rl-help">
          {p.help}
        </div>
      )}
    </div>
  );
}
