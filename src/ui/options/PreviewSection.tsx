// Live preview: paste a posting, see the tag and the evidence under the settings on this page
// (with the corrections applied), and correct it to teach RoleLens.
import { useMemo, useState } from 'preact/hooks';
import { classify } from '../../classifier';
import type { Criterion } from '../../classifier/criteria';
import type { ClassifierSettings, Posting, Verdict } from '../../classifier/types';
import type { CorrectionLabel } from '../../corrections/types';
import { tagVocabulary } from '../../shared/tag-vocabulary';
import { decidedByNotes, scopeNames, senseNotes, zoneNotes } from '../shared/labels';
import { formatLean, formatPercent } from './format';
import { Section } from './Section';

/** First line is the title, the rest the description. */
export function postingFromText(text: string): Posting {
  const trimmed = text.trim();
  const newline = trimmed.indexOf('\n');
  if (newline < 0) return { title: trimmed };
  return { title: trimmed.slice(0, newline).trim(), description: trimmed.slice(newline + 1).trim() };
}

/** A stable id for a pasted posting, so correcting it twice replaces the first correction. */
export function previewJobId(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `preview:${(h >>> 0).toString(36)}`;
}

export function PreviewSection(props: {
  criteria: readonly Criterion[];
  effective: ClassifierSettings;
  minConfidence: number;
  onCorrect: (jobId: string, verdict: Verdict, label: CorrectionLabel, title: string) => void;
}) {
  const [text, setText] = useState('');
  const posting = useMemo(() => postingFromText(text), [text]);
  const verdict = useMemo(
    () => (posting.title === '' ? null : classify(posting, props.effective)),
    [posting, props.effective],
  );
  const nameOf = (id: string) => props.criteria.find((c) => c.id === id)?.name ?? id;
  const unsure = verdict !== null && verdict.label !== 'not_applicable' && verdict.confidence < props.minConfidence;

  return (
    <Section
      id="rl-preview"
      title="Live preview"
      intro="Paste a posting (first line: the job title) to see how RoleLens tags it with your current settings and corrections."
    >
      <label for="preview-input">Posting text</label>
      <textarea
        id="preview-input"
        data-testid="rl-preview-input"
        rows={8}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {verdict && (
        <div class="rl-preview-result" aria-live="polite">
          <p>
            <strong data-testid="rl-preview-label" data-label={unsure ? 'unsure' : verdict.label}>
              {unsure ? 'Unsure' : tagVocabulary[verdict.label].name}
            </strong>{' '}
            — confidence <span data-testid="rl-preview-confidence">{formatPercent(verdict.confidence)}</span>, lean{' '}
            <span data-testid="rl-preview-lean" data-lean={verdict.lean}>
              {formatLean(verdict.lean)}
            </span>
          </p>
          <p class="rl-help">{verdict.relevance.reason}</p>
          {verdict.label !== 'not_applicable' && (
            <p class="rl-help">
              Scope: <span data-testid="rl-preview-scope" data-scope={verdict.scope}>{scopeNames[verdict.scope]}</span>. {decidedByNotes[verdict.decidedBy]}
            </p>
          )}
          <ul class="rl-evidence" data-testid="rl-preview-evidence">
            {verdict.evidence.map((e, i) => (
              <li key={i}>
                <span class={`rl-side-${e.side}`}>{e.side === 'management' ? 'Management' : 'Administration'}</span>{' '}
                “<mark>{e.cue}</mark>” — {nameOf(e.criterionId)} ({e.weight > 0 ? '+' : ''}
                {e.weight.toFixed(2)}; {zoneNotes[e.zone]}
                {e.sense ? `; ${senseNotes[e.sense]}` : ''})
              </li>
            ))}
          </ul>
          <div role="group" aria-label="Correct this preview" class="rl-buttons">
            <span>This is really:</span>
            {(['management', 'administration', 'balanced'] as const).map((label) => (
              <button
                key={label}
                type="button"
                data-testid={`rl-preview-correct-${label}`}
                onClick={() => props.onCorrect(previewJobId(text), verdict, label, posting.title)}
              >
                {tagVocabulary[label].name}
              </button>
            ))}
          </div>
        </div>
      )}
    </Section>
  );
}
