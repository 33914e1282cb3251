// A labelled set of radio buttons (plus any related control, e.g. the tag the filter keeps).
import type { ComponentChildren } from 'preact';

export function Choice<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="rl-choice" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={props.name}
            value={o.value}
            data-testid={`rl-${props.name}-${o.value}`}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
      {props.children}
    </fieldset>
  );
}
