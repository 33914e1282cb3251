// The tag, the lean meter, confidence in words and number, seniority and specializations.
import type { Verdict } from '../../classifier/types';
import { LabelTag } from '../shared/LabelTag';
import { LeanMeter } from '../shared/LeanMeter';
import { confidenceWords, decidedByNotes, percent, scopeNames, seniorityNames, specializationNames } from '../shared/labels';

/** readEarlier: a list card showing the full verdict of its posting, read on another page load. */
export function VerdictSummary({ verdict, readEarlier = false }: { verdict: Verdict; readEarlier?: boolean }) {
  const relevant = verdict.label !== 'not_applicable';
  return (
    <section class="rl-summary" aria-label="Tag">
      <p class="rl-summary__label">
        <LabelTag label={verdict.label} testId="rl-label" />
      </p>
      {relevant && <LeanMeter lean={verdict.lean} />}
      <dl class="rl-facts">
        <div>
          <dt>Confidence</dt>
          <dd data-testid="rl-confidence">
            {confidenceWords(verdict.confidence)} ({percent(verdict.confidence)})
          </dd>
        </div>
        {relevant && (
          <div>
            <dt>Seniority</dt>
            <dd data-testid="rl-seniority">{seniorityNames[verdict.seniority]}</dd>
          </div>
        )}
        {relevant && verdict.scope && (
          <div>
            <dt>Scope</dt>
            <dd data-testid="rl-scope" data-scope={verdict.scope}>
              {scopeNames[verdict.scope]}
            </dd>
          </div>
        )}
        {relevant && verdict.specializations.length > 0 && (
          <div>
            <dt>Specializations</dt>
            <dd data-testid="rl-specializations">{verdict.specializations.map((s) => specializationNames[s]).join(', ')}</dd>
          </div>
        )}
        {!relevant && (
          <div>
            <dt>Why</dt>
            <dd data-testid="rl-relevance">{verdict.relevance.reason}</dd>
          </div>
        )}
      </dl>
      {relevant && verdict.mode === 'full' && verdict.decidedBy && (
        <p class="rl-note" data-testid="rl-decided-by" data-decided-by={verdict.decidedBy}>
          {decidedByNotes[verdict.decidedBy]}
        </p>
      )}
      {verdict.mode === 'title' && (
        <p class="rl-note">Judged from the title only. Open the posting for the full explanation.</p>
      )}
      {verdict.mode === 'full' && readEarlier && (
        <p class="rl-note" data-testid="rl-read-earlier">
          Judged from the full posting, which you opened earlier in this browser session.
        </p>
      )}
    </section>
  );
}
