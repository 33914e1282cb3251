// Builds the saved snapshot of one posting and its verdict. Pure: the background (save from a
// badge or the popup) passes in what it read from the tab and the user's catalogue.
import type { Posting, Verdict } from '../classifier/types';
import { findNamedEntries } from '../training/named';
import { suggestTraining } from '../training/suggest';
import type { TrainingEntry } from '../training/types';
import { safeLink } from './key';
import { QUOTES_MAX, SENTENCE_MAX, TITLE_MAX, TRAINING_MAX, TRAINING_SENTENCES_MAX } from './limits';
import { readScope } from './scope';
import type { SavedJob, SavedQuote } from './types';

export interface SaveInput {
  key: string;
  jobId: string;
  posting: Posting;
  verdict: Verdict;
  board: string;
  boardName: string;
  link: string | null | undefined;
  /** Criterion id → display name (for the quotes). */
  criterionName: (id: string) => string;
  catalogue: readonly TrainingEntry[];
  held: readonly string[];
  now: Date;
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const oneLine = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The strongest evidence for the verdict's side, one quote per sentence. */
function topQuotes(verdict: Verdict, criterionName: (id: string) => string): SavedQuote[] {
  const seen = new Set<string>();
  const quotes: SavedQuote[] = [];
  for (const e of [...verdict.evidence].filter((e) => e.weight > 0).sort((a, b) => b.weight - a.weight)) {
    const sentence = clip(oneLine(e.sentence), SENTENCE_MAX);
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    quotes.push({ side: e.side, criterion: criterionName(e.criterionId), cue: clip(oneLine(e.cue), 200), sentence });
    if (quotes.length === QUOTES_MAX) break;
  }
  return quotes;
}

export function savedJobFrom(input: SaveInput): SavedJob {
  const { posting, verdict } = input;
  const text = `${posting.title}\n${posting.description ?? ''}`;
  const named = findNamedEntries(text, input.catalogue);
  const trainingSentences = [...new Set(named.map((m) => clip(oneLine(m.sentence), SENTENCE_MAX)))].slice(0, TRAINING_SENTENCES_MAX);
  const suggestions = suggestTraining({
    verdict,
    postingText: text,
    held: input.held,
    catalogue: input.catalogue,
    limit: TRAINING_MAX,
  });
  return {
    key: input.key,
    jobId: input.jobId,
    title: clip(oneLine(posting.title), TITLE_MAX) || 'Untitled posting',
    employer: clip(oneLine(posting.company), TITLE_MAX),
    location: clip(oneLine(posting.location), TITLE_MAX),
    board: input.board,
    boardName: input.boardName,
    link: safeLink(input.link),
    label: verdict.label,
    lean: verdict.lean,
    confidence: verdict.confidence,
    scope: readScope(verdict),
    seniority: verdict.seniority,
    specializations: [...verdict.specializations],
    mode: verdict.mode,
    quotes: topQuotes(verdict, input.criterionName),
    trainingSentences,
    training: suggestions.map(({ entry, named: mention }) => ({
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      ...(mention ? { named: mention.strength } : {}),
    })),
    savedAt: input.now.toISOString(),
    notes: '',
  };
}
