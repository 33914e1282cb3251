// The title as a bounded prior (LABELLING.md §5, issue 9): function words keep their side
// (Strategy, Business Development, Billing, Records…), the documents' own titles place a role
// (chief executive, COO and executive director are management; practice administrator, office
// manager, director of administration, CAO are administration), and rank sets only a default by
// scope. The prior decides only a thin posting; otherwise it moves the line the duties must cross
// by at most `titleNudge`.
import type { TitleReading } from './title';
import type { Side } from './types';

/** Default lean of a scope when the title has no function word (most roles below a division run things). */
const SCOPE_DEFAULT = { organisation: 0.5, division: 0, department: -0.4, individual: -0.6 } as const;
/** Function words count up to this much either way. */
const FUNCTION_CAP = 1.5;

export function titlePrior(reading: TitleReading, functionWords: readonly { side: Side; weight: number }[]): number {
  if (reading.executive) return 1;
  if (reading.seniorAdministration || reading.administrativeRole) return -1;
  let fn = 0;
  for (const w of functionWords) fn += w.side === 'management' ? w.weight : -w.weight;
  fn = Math.max(-FUNCTION_CAP, Math.min(FUNCTION_CAP, fn));
  return Math.max(-1, Math.min(1, fn + SCOPE_DEFAULT[reading.scope]));
}
