// A weight per criterion, grouped by side and, within a side, by criterion family: each family is
// a collapsible group whose summary says how many weights in it differ from the default, so a
// closed group hides no surprise. The filter box narrows the list (matching groups open).
import { useState } from 'preact/hooks';
import type { Criterion, CriterionFamily } from '../../classifier/criteria';
import type { Side } from '../../classifier/types';
import { WEIGHT_MAX, WEIGHT_MIN } from '../../classifier/settings-schema';
import { familyNames } from './families';
import { formatMultiplier } from './format';
import { criterionMatches } from './query';
import { RangeControl } from './RangeControl';
import { Section } from './Section';

const SIDE_TITLES: Record<Side, string> = {
  management: 'Management criteria',
  administration: 'Administration criteria',
};

/** Families of one side, in the order the criteria list them. */
function familiesOf(criteria: readonly Criterion[]): [CriterionFamily, Criterion[]][] {
  const groups = new Map<CriterionFamily, Criterion[]>();
  for (const c of criteria) groups.set(c.family, [...(groups.get(c.family) ?? []), c]);
  return [...groups];
}

export function WeightsSection(props: {
  criteria: readonly Criterion[];
  weights: Record<string, number>;
  onChange: (criterionId: string, weight: number) => void;
  /** The options page's filter box. */
  query?: string;
}) {
  /** Groups the user closed, as "side:family". All open at first. */
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const query = props.query?.trim() ?? '';
  const shown = props.criteria.filter((c) => criterionMatches(query, c));
  const allGroups = (['management', 'administration'] as const).flatMap((side) =>
    familiesOf(props.criteria.filter((c) => c.side === side)).map(([family]) => `${side}:${family}`),
  );
  const setAll = (open: boolean) => setClosed(new Set(open ? [] : allGroups));

  return (
    <Section
      id="rl-weights"
      title="Criterion weights"
      intro="How much each criterion from the documents counts. 1 is as shipped, 0 ignores it."
    >
      <div class="rl-buttons rl-weights-tools">
        <button type="button" data-testid="rl-weights-expand" onClick={() => setAll(true)} disabled={query !== '' || closed.size === 0}>
          Open all groups
        </button>
        <button type="button" data-testid="rl-weights-collapse" onClick={() => setAll(false)} disabled={query !== '' || closed.size === allGroups.length}>
          Close all groups
        </button>
      </div>
      {query !== '' && shown.length === 0 && <p data-testid="rl-weights-none">No criterion matches “{query}”.</p>}
      {(['management', 'administration'] as const).map((side) => {
        const families = familiesOf(shown.filter((c) => c.side === side));
        if (families.length === 0) return null;
        return (
          <fieldset key={side} class="rl-group">
            <legend>{SIDE_TITLES[side]}</legend>
            {families.map(([family, members]) => {
              const key = `${side}:${family}`;
              const changed = members.filter((c) => (props.weights[c.id] ?? 1) !== 1).length;
              return (
                <details
                  key={key}
                  class="rl-family"
                  data-testid={`rl-family-${side}-${family}`}
                  open={query !== '' || !closed.has(key)}
                  onToggle={(e) => {
                    if (query !== '') return; // groups with matches stay open while filtering
                    const open = (e.currentTarget as HTMLDetailsElement).open;
                    setClosed((prev) => {
                      if (open !== prev.has(key)) return prev;
                      const next = new Set(prev);
                      if (open) next.delete(key);
                      else next.add(key);
                      return next;
                    });
                  }}
                >
                  <summary>
                    <span class="rl-family__name">{familyNames[family]}</span>{' '}
                    <span class="rl-muted">
                      ({members.length} {members.length === 1 ? 'criterion' : 'criteria'}
                      {changed > 0 ? `, ${changed} changed` : ''})
                    </span>
                  </summary>
                  {members.map((c) => (
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
                </details>
              );
            })}
          </fieldset>
        );
      })}
    </Section>
  );
}
