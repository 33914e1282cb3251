// Custom cues: phrase → criterion and weight, validated, with a preview of which sample postings
// the new cue would change.
import { useMemo, useState } from 'preact/hooks';
import type { Criterion } from '../../classifier/criteria';
import type { ClassifierSettings, CustomCue } from '../../classifier/types';
import { customCueProblem } from '../../settings/custom-cues';
import { CUE_PHRASE_MAX, CUE_WEIGHT_MAX, CUE_WEIGHT_MIN } from '../../classifier/settings-schema';
import { tagVocabulary } from '../../shared/tag-vocabulary';
import { changedSamples } from './cue-preview';
import { formatLean } from './format';
import type { SamplePosting } from './samples';
import { Section } from './Section';

export function CustomCuesSection(props: {
  criteria: readonly Criterion[];
  classifier: ClassifierSettings;
  samples: readonly SamplePosting[];
  onChange: (cues: CustomCue[]) => void;
}) {
  const cues = props.classifier.customCues;
  const [phrase, setPhrase] = useState('');
  const [criterionId, setCriterionId] = useState(props.criteria[0]?.id ?? '');
  const [weight, setWeight] = useState(1);
  const [error, setError] = useState<string | null>(null);

  const draft: CustomCue = { phrase: phrase.trim().replace(/\s+/g, ' '), criterionId, weight };
  const problem = customCueProblem(draft, cues, props.criteria.map((c) => c.id));
  const changes = useMemo(
    () =>
      phrase.trim() === '' || problem
        ? []
        : changedSamples(props.samples, props.classifier, { ...props.classifier, customCues: [...cues, draft] }),
    // The draft is derived from these; recomputing on each render would classify needlessly.
    [phrase, criterionId, weight, props.classifier, props.samples, problem],
  );
  const nameOf = (id: string) => props.criteria.find((c) => c.id === id)?.name ?? id;

  const add = (e: Event) => {
    e.preventDefault();
    if (problem) {
      setError(problem);
      return;
    }
    props.onChange([...cues, draft]);
    setPhrase('');
    setError(null);
  };

  return (
    <Section
      id="rl-cues"
      title="Custom cues"
      intro="Phrases you want to count as evidence for a criterion, e.g. “service line growth”."
    >
      {cues.length > 0 && (
        <ul class="rl-list" data-testid="rl-cue-list">
          {cues.map((c, i) => (
            <li key={c.phrase}>
              <span>
                “{c.phrase}” → {nameOf(c.criterionId)} ({c.weight.toFixed(1)})
              </span>
              <button
                type="button"
                aria-label={`Remove the cue “${c.phrase}”`}
                onClick={() => props.onChange(cues.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="rl-form" onSubmit={add} aria-label="Add a custom cue" noValidate>
        <div class="rl-field">
          <label for="cue-phrase">Phrase</label>
          <input
            id="cue-phrase"
            data-testid="rl-cue-phrase"
            value={phrase}
            maxLength={CUE_PHRASE_MAX * 2}
            aria-invalid={error ? true : undefined}
            aria-describedby="cue-error"
            onInput={(e) => {
              setPhrase((e.currentTarget as HTMLInputElement).value);
              setError(null);
            }}
          />
        </div>
        <div class="rl-field">
          <label for="cue-criterion">Criterion</label>
          <select
            id="cue-criterion"
            data-testid="rl-cue-criterion"
            value={criterionId}
            onChange={(e) => setCriterionId((e.currentTarget as HTMLSelectElement).value)}
          >
            {props.criteria.map((c) => (
              <option key={c.id} value={c.id}>
                {c.side === 'management' ? 'Management' : 'Administration'}: {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="rl-field">
          <label for="cue-weight">Weight</label>
          <input
            id="cue-weight"
            type="number"
            data-testid="rl-cue-weight"
            min={CUE_WEIGHT_MIN}
            max={CUE_WEIGHT_MAX}
            step={0.1}
            value={weight}
            onInput={(e) => setWeight(Number((e.currentTarget as HTMLInputElement).value))}
          />
        </div>
        <button type="submit" data-testid="rl-cue-add">
          Add cue
        </button>
        <p id="cue-error" role="alert" class="rl-error" data-testid="rl-cue-error">
          {error ?? ''}
        </p>
      </form>
      {phrase.trim() !== '' && !problem && (
        <div data-testid="rl-cue-preview" aria-live="polite">
          {changes.length === 0 ? (
            <p>This cue would not change any of our sample postings.</p>
          ) : (
            <>
              <p>This cue would change {changes.length} of our sample postings:</p>
              <ul class="rl-list">
                {changes.map((c) => (
                  <li key={c.sampleId}>
                    {c.title}: {tagVocabulary[c.before.label].word} ({formatLean(c.before.lean)}) →{' '}
                    {tagVocabulary[c.after.label].word} ({formatLean(c.after.lean)})
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </Section>
  );
}
