// How much of a posting a verdict was made from, so a weaker verdict never displaces a stronger
// one for the same job: the posting read on this page beats one read on an earlier page load
// (same text, but this page can highlight it), which beats the card's title-only verdict.
import type { TabPosting } from './protocol';

export function verdictStrength(result: Pick<TabPosting, 'kind' | 'readInFullEarlier'>): 0 | 1 | 2 {
  if (result.kind === 'detail') return 2;
  return result.readInFullEarlier === true ? 1 : 0;
}
