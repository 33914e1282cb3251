// A weight per criterion, grouped by side, each with the criterion's name and the documents' quote.
import type { Criterion } from '../../classifier/criteria';
import type { Side } from '../../classifier/types';
import { WEIGHT_MAX, WEIGHT_MIN } from '../../settings/limits';
import { formatMultiplier } from './format';
import { RangeControl } from './RangeControl';
import { Section } from './Section';

const SIDE_TITLES: Record<Side, string> = {
  management: 'Management criteria',
  administration: 'Administration criteria',
};

export function WeightsSection(props: {
  criteria: readonly Criterion[];
  weights: Record<string, number>;
  onChange: (criterionId: string, weight: number) => void;
}) {
  return (
    <Section
      id="rl-weights"
      title="Criterion weights"
      intro="How much each criterion from the documents counts. 1 is as shipped, 0 ignores it."
    >
      {(['management', 'administration'] as const).map((side) => (
        <fieldset key={side} class="rl-group">
          <legend>{SIDE_TITLES[side]}</legend>
          {props.criteria
            .filter((c) => c.side === side)
            .map((c) => (
              <RangeControl
                key={c.id}
                id={`weight-${c.id}`}
                testId={`rl-weight-${c.id}`}
                label={c.name}
                value={props.weights[c.id] ?? 1}
                defaultValue={1}
                min={WEIGHT_MIN}
                max={WEIGHT_MAX}
                step={0.1}
                format={formatMultiplier}
                onChange={(w) => props.onChange(c.id, w)}
                help={<q>{c.quote}</q>}
              />
            ))}
        </fieldset>
      ))}
    </Section>
  );
}
