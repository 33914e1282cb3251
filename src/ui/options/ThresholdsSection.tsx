// The balanced band and the minimum confidence for showing a tag.
import { BALANCED_BAND_MAX, BALANCED_BAND_MIN } from '../../classifier/settings-schema';
import { MIN_CONFIDENCE_MAX, MIN_CONFIDENCE_MIN } from '../../settings/schema';
import { formatPercent } from './format';
import { RangeControl } from './RangeControl';
import { Section } from './Section';

export function ThresholdsSection(props: {
  balancedBand: number;
  defaultBalancedBand: number;
  minConfidence: number;
  defaultMinConfidence: number;
  onBalancedBand: (value: number) => void;
  onMinConfidence: (value: number) => void;
}) {
  return (
    <Section id="rl-thresholds" title="Thresholds">
      <RangeControl
        id="balanced-band"
        testId="rl-balanced-band"
        label="Balanced band"
        value={props.balancedBand}
        defaultValue={props.defaultBalancedBand}
        min={BALANCED_BAND_MIN}
        max={BALANCED_BAND_MAX}
        step={0.05}
        format={(v) => `±${v.toFixed(2)}`}
        onChange={props.onBalancedBand}
        help="A posting whose lean is this close to the middle, with real evidence on both sides, is tagged Balanced."
      />
      <RangeControl
        id="min-confidence"
        testId="rl-min-confidence"
        label="Minimum confidence for a tag"
        value={props.minConfidence}
        defaultValue={props.defaultMinConfidence}
        min={MIN_CONFIDENCE_MIN}
        max={MIN_CONFIDENCE_MAX}
        step={0.05}
        format={formatPercent}
        onChange={props.onMinConfidence}
        help="Below this confidence the badge says “Unsure” instead of a tag."
      />
    </Section>
  );
}
