// The study plan above the list: the lean of the jobs in view, and the degrees and certifications
// most of them call for, with what the user holds left out (and said so).
import type { StudyPlan } from '../../shortlist/study-plan';
import { LeanMeter } from '../shared/LeanMeter';
import { leanWords } from '../shared/labels';
import { TrainingEntryName } from '../shared/TrainingEntryName';
import { tagVocabulary, tagOrder } from '../../shared/tag-vocabulary';

const jobsWord = (n: number) => `${n} saved ${n === 1 ? 'job' : 'jobs'}`;

function namedWords(named: number, required: number): string {
  if (named === 0) return '';
  const base = `Named in ${named} ${named === 1 ? 'posting' : 'postings'}`;
  return required > 0 ? `${base}, required in ${required}` : base;
}

export function StudyPlanSection({ plan, filtered }: { plan: StudyPlan; filtered: boolean }) {
  const across = filtered ? `the ${jobsWord(plan.jobCount)} shown` : `your ${jobsWord(plan.jobCount)}`;
  return (
    <section class="rl-panel" aria-labelledby="rl-plan-h" data-testid="rl-plan">
      <h2 id="rl-plan-h">Study plan</h2>
      {plan.jobCount === 0 ? (
        <p class="rl-muted">
          Save jobs with the ☆ beside a RoleLens badge, or from the popup. The plan is made from the jobs you save.
        </p>
      ) : (
        <>
          <p data-testid="rl-plan-lean">
            Across {across}:{' '}
            {tagOrder
              .filter((l) => plan.counts[l] > 0)
              .map((l) => `${plan.counts[l]} ${tagVocabulary[l].word.toLowerCase()}`)
              .join(', ')}
            .{' '}
            {plan.lean !== null && <>On average they lean {leanWords(plan.lean).replace(/^./, (c) => c.toLowerCase())}.</>}
          </p>
          {plan.lean !== null && <LeanMeter lean={plan.lean} />}
          <h3>Training most of them call for</h3>
          {plan.items.length === 0 ? (
            <p class="rl-muted">No degree or certification in the catalogue fits these jobs.</p>
          ) : (
            <ol class="rl-plan-list">
              {plan.items.map(({ entry, fits, named, required }) => (
                <li key={entry.id} class="rl-plan-item" data-testid="rl-plan-item" data-id={entry.id} data-fits={fits} data-named={named}>
                  <TrainingEntryName entry={entry} nameClass="rl-plan-item__name" />
                  <span class="rl-plan-item__why">
                    Fits {fits} of {plan.jobCount} {plan.jobCount === 1 ? 'job' : 'jobs'}
                    {named > 0 ? `. ${namedWords(named, required)}.` : '.'} {entry.why}
                  </span>
                </li>
              ))}
            </ol>
          )}
          {plan.heldLeftOut.length > 0 && (
            <p class="rl-muted" data-testid="rl-plan-held">
              Left out because you said you hold them: {plan.heldLeftOut.map((e) => e.name).join(', ')}.{' '}
              <a href="/options.html#training">Change what you hold</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
