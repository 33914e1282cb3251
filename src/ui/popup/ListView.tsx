// A list page: counts per tag, the postings with their tags (select → scroll to the card), and
// the tag filter.
import type { Label } from '../../classifier/types';
import type { TabPosting } from '../../shared/protocol';
import { LabelTag } from '../shared/LabelTag';
import { tagVocabulary, tagOrder } from '../../shared/tag-vocabulary';
import type { TagFilter } from './api';
import { TagFilterControl } from './TagFilterControl';

export interface ListViewProps {
  /** 1 when the list is the popup's main content, 2 under a posting's explanation. */
  headingLevel?: 1 | 2;
  postings: readonly TabPosting[];
  filter: TagFilter | null;
  onFilterChange: (filter: TagFilter) => void;
  onScrollTo: (jobId: string) => void;
  onExplain: (jobId: string) => void;
}

function tagCounts(postings: readonly TabPosting[]): Record<Label, number> {
  const counts: Record<Label, number> = { management: 0, administration: 0, balanced: 0, not_applicable: 0 };
  for (const p of postings) counts[p.verdict.label] += 1;
  return counts;
}

export function ListView({ headingLevel = 2, postings, filter, onFilterChange, onScrollTo, onExplain }: ListViewProps) {
  const counts = tagCounts(postings);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section class="rl-section" aria-labelledby="rl-list-h" data-testid="rl-list">
      <Heading id="rl-list-h" class={headingLevel === 1 ? 'rl-title' : undefined}>
        {postings.length} {postings.length === 1 ? 'posting' : 'postings'} on this page
      </Heading>
      <ul class="rl-counts" aria-label="Postings per tag">
        {tagOrder.map((label) => (
          <li key={label} data-testid="rl-count" data-label={label}>
            <LabelTag label={label} variant="short" />
            <span class="rl-count__n" aria-label={`${counts[label]} ${tagVocabulary[label].word}`}>
              {counts[label]}
            </span>
          </li>
        ))}
      </ul>
      {filter && <TagFilterControl filter={filter} onChange={onFilterChange} />}
      <ul class="rl-postings">
        {postings.map((p) => (
          <li key={p.jobId} class="rl-posting" data-testid="rl-posting" data-job-id={p.jobId} data-label={p.verdict.label}>
            <button type="button" class="rl-posting__go" onClick={() => onScrollTo(p.jobId)} title="Scroll to this posting">
              <LabelTag label={p.verdict.label} variant="short" />
              <span class="rl-posting__title">{p.posting.title || 'Untitled posting'}</span>
              {p.posting.company && <span class="rl-muted">{p.posting.company}</span>}
            </button>
            <button type="button" class="rl-link-button" onClick={() => onExplain(p.jobId)} aria-label={`Why? ${p.posting.title}`}>
              Why?
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
