// One posting explained: the tag, why (evidence by criterion), what would have tipped it, ignored
// text, and what to study.
import { useMemo, useState } from 'preact/hooks';
import type { Label, Posting, Verdict } from '../../classifier/types';
import { suggestTraining } from '../../training/suggest';
import type { SaveOutcome, TrainingContext } from './api';
import { CorrectionControl } from './CorrectionControl';
import { popupCriteria, lookupCriterion } from './criteria-info';
import { EvidenceSection } from './EvidenceSection';
import { groupEvidence, type EvidenceItem } from './evidence-groups';
import { IgnoredSection } from './IgnoredSection';
import { ignoredThatMatters } from './ignored-text';
import { otherSide, tippingCriteria } from './tipping';
import { SaveControl } from './SaveControl';
import { TippingSection } from './TippingSection';
import { TrainingSuggestions } from './TrainingSuggestions';
import { VerdictSummary } from './VerdictSummary';

export interface VerdictViewProps {
  posting: Posting;
  verdict: Verdict;
  training: TrainingContext | null;
  /** Shows a quoted sentence on the page: highlighted, or (for a card) its card scrolled to. */
  onHighlight?: (item: EvidenceItem) => Promise<HighlightOutcome>;
  onCorrect?: (label: Exclude<Label, 'not_applicable'>) => Promise<void>;
  /** The verdict is a list card's, made from its full posting read on an earlier page load. */
  readEarlier?: boolean;
  /** The shortlist toggle, for a posting of a tab (not for pasted text). */
  save?: { saved: boolean; onToggle: (saved: boolean) => Promise<SaveOutcome> };
}

export type HighlightOutcome = 'highlighted' | 'scrolled' | 'missing';

const OUTCOME_WORDS: Record<HighlightOutcome, string> = {
  highlighted: 'Highlighted on the page.',
  scrolled: 'Scrolled to the posting on the page.',
  // Either the page changed since it was read, or the sentence came from the posting's
  // structured data (JSON-LD), which can hold more than the page shows.
  missing: 'This sentence is not shown on the page now (the page changed, or it is only in the posting’s data).',
};

export function VerdictView({ posting, verdict, training, onHighlight, onCorrect, readEarlier, save }: VerdictViewProps) {
  const [status, setStatus] = useState('');
  const groups = useMemo(() => groupEvidence(verdict.evidence, posting, lookupCriterion), [verdict, posting]);
  const tipping = useMemo(() => tippingCriteria(verdict, popupCriteria), [verdict]);
  const ignored = useMemo(() => ignoredThatMatters(posting.description ?? '', popupCriteria), [posting]);
  const suggestions = useMemo(
    () =>
      training
        ? suggestTraining({
            verdict,
            postingText: `${posting.title}\n${posting.description ?? ''}`,
            held: training.held,
            catalogue: training.catalogue,
          })
        : [],
    [verdict, posting, training],
  );
  const side = otherSide(verdict);

  const select = onHighlight
    ? async (item: EvidenceItem) => {
        setStatus('');
        try {
          setStatus(OUTCOME_WORDS[await onHighlight(item)]);
        } catch {
          setStatus('The page did not answer. Reload it and try again.');
        }
      }
    : undefined;

  return (
    <article class="rl-verdict" aria-label={posting.title || 'Posting'}>
      {posting.title && (
        <h1 class="rl-title" data-testid="rl-posting-title">
          {posting.title}
          {posting.company && <span class="rl-muted"> · {posting.company}</span>}
        </h1>
      )}
      <VerdictSummary verdict={verdict} readEarlier={readEarlier} />
      {save && <SaveControl saved={save.saved} onToggle={save.onToggle} />}
      {onCorrect && verdict.mode === 'full' && <CorrectionControl current={verdict.label} onCorrect={onCorrect} />}
      <EvidenceSection groups={groups} onSelect={select} />
      <p class="rl-status" role="status" data-testid="rl-highlight-status">{status}</p>
      {side && <TippingSection side={side} items={tipping} />}
      <IgnoredSection items={ignored} />
      <TrainingSuggestions suggestions={suggestions} />
    </article>
  );
}
