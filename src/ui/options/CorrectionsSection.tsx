// What the user's corrections taught RoleLens: how many, what changed per criterion, and undo.
import type { Criterion } from '../../classifier/criteria';
import { describeAdjustments, effectiveCorrections } from '../../corrections/learn';
import type { Correction } from '../../corrections/types';
import { tagVocabulary } from '../../shared/tag-vocabulary';
import { formatMultiplier } from './format';
import { Section } from './Section';

export function CorrectionsSection(props: {
  criteria: readonly Criterion[];
  corrections: readonly Correction[];
  userWeights: Record<string, number>;
  onRemove: (jobId: string) => void;
  onForget: () => void;
}) {
  const list = effectiveCorrections(props.corrections).reverse();
  const adjustments = describeAdjustments(props.corrections, props.userWeights);
  const nameOf = (id: string) => props.criteria.find((c) => c.id === id)?.name ?? id;
  return (
    <Section
      id="rl-corrections"
      title="Your corrections"
      intro="When you tell RoleLens a posting is really management, administration or balanced, it adjusts the criterion weights a little (each correction by at most ×1.25, never beyond ×0.5–×2)."
    >
      <p data-testid="rl-corrections-count" data-count={list.length}>
        {list.length === 0
          ? 'No corrections yet.'
          : `${list.length} correction${list.length === 1 ? '' : 's'}.`}
      </p>
      {adjustments.length > 0 && (
        <table class="rl-table" data-testid="rl-corrections-adjustments">
          <caption>What changed</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Learned change</th>
              <th scope="col">From corrections</th>
            </tr>
          </thead>
          <tbody>
            {adjustments.map((a) => (
              <tr key={a.criterionId}>
                <td>{nameOf(a.criterionId)}</td>
                <td>{formatMultiplier(a.multiplier)}</td>
                <td>{a.corrections}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.length > 0 && (
        <>
          <ul class="rl-list">
            {list.map((c) => (
              <li key={c.jobId}>
                <span>
                  {c.title ?? c.jobId}: {c.predicted ? `${tagVocabulary[c.predicted].word} → ` : ''}
                  {tagVocabulary[c.label].word}
                </span>
                <button type="button" aria-label={`Undo the correction of ${c.title ?? c.jobId}`} onClick={() => props.onRemove(c.jobId)}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
          <button type="button" data-testid="rl-forget-corrections" onClick={props.onForget}>
            Forget my corrections
          </button>
        </>
      )}
    </Section>
  );
}
