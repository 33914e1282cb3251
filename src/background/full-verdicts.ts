// The merge between one page's verdicts and the session's full verdicts (pure): a detail result
// is what gets remembered; a card whose job was read in full on an earlier page load gets that
// full verdict, marked as such (see TabPosting.readInFullEarlier).
import type { TabPosting } from '../messaging/protocol';
import type { StoredFullVerdict } from './full-verdict-store';

/** The full verdicts of a batch, as stored entries of this scope. */
export function fullVerdictsToRemember(scope: string, results: readonly TabPosting[], now: number): StoredFullVerdict[] {
  return results
    .filter((r) => r.kind === 'detail' && r.verdict.mode === 'full')
    .map((r) => ({ scope, jobId: r.jobId, posting: r.posting, verdict: r.verdict, criterionNames: r.criterionNames, at: now }));
}

/** A full verdict, shown on a card of its job on another page load. */
export function asEarlierFullVerdict(result: TabPosting): TabPosting {
  return { ...result, kind: 'card', readInFullEarlier: true };
}

function fromStore(stored: StoredFullVerdict): TabPosting {
  return asEarlierFullVerdict({
    jobId: stored.jobId,
    kind: 'detail',
    posting: stored.posting,
    verdict: stored.verdict,
    ...(stored.criterionNames ? { criterionNames: stored.criterionNames } : {}),
  });
}

/** Cards whose job has a stored full verdict get it; everything else is left as it is. */
export function withEarlierFullVerdicts(
  results: readonly TabPosting[],
  stored: ReadonlyMap<string, StoredFullVerdict>,
): TabPosting[] {
  return results.map((r) => {
    const full = r.kind === 'card' ? stored.get(r.jobId) : undefined;
    return full ? fromStore(full) : r;
  });
}
