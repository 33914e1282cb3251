// From a reading (reading.ts) to a verdict, with the tunable numbers (parameters.ts): zone and
// negation weights on each piece of evidence, duty statements counted per side (statements.ts), the
// decision by scope (decide.ts), relevance (relevance.ts), seniority and specialisations.
import { decide, round } from './decide';
import type { Parameters } from './parameters';
import type { PostingReading } from './reading';
import { judgeRelevance } from './relevance';
import { judgeSeniority } from './seniority';
import { rankSpecializations } from './specializations';
import { countStatements } from './statements';
import type { Evidence, Verdict } from './types';

export function conclude(reading: PostingReading, params: Parameters, balancedBand: number): Verdict {
  const evidence: Evidence[] = [];
  for (const r of reading.evidence) {
    const zoneWeight = r.zone === 'title' ? 1 : r.zone === 'person' ? params.personZone : r.unheaded ? params.unheadedZone : params.dutiesZone;
    const weight = r.base * zoneWeight * (r.sense === 'negated' ? -params.negationPenalty : 1);
    if (weight !== 0) evidence.push(weighed(r, round(weight)));
  }
  const counts = countStatements(evidence, params.repeatDecay, params.functionDecay);
  const decision = decide(
    {
      duties: counts.duties,
      person: counts.person,
      distinct: counts.distinct,
      titlePrior: reading.titlePrior,
      scope: reading.scope.scope,
      executive: reading.scope.executive,
      seniorAdministration: reading.titleReading.seniorAdministration,
      balancedBand,
      titleOnly: reading.titleOnly,
    },
    params,
  );
  const relevance = judgeRelevance(
    {
      title: reading.title,
      company: reading.company,
      roleText: reading.roleText,
      body: reading.body,
      runningStatements: counts.duties.management + counts.duties.administration,
      directionStatements: counts.duties.management,
      titleOnly: reading.titleOnly,
      titleHasRole: reading.titleReading.rank !== 'none' || evidence.some((e) => e.field === 'title'),
    },
    params,
  );
  evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || fieldOrder(a) - fieldOrder(b) || a.start - b.start);
  const shown = capPerCriterion(evidence, MAX_EVIDENCE_PER_CRITERION);
  return {
    label: relevance.relevant ? decision.label : 'not_applicable',
    lean: decision.lean,
    confidence: relevance.relevant ? decision.confidence : round(Math.max(0.5, 1 - decision.confidence / 2)),
    relevance,
    seniority: judgeSeniority(reading.title.slice(0, reading.titleReading.ownEnd), reading.description),
    scope: reading.scope.scope,
    duties: { management: round(counts.duties.management, 2), administration: round(counts.duties.administration, 2) },
    decidedBy: decision.decidedBy,
    specializations: rankSpecializations(evidence),
    evidence: shown,
    mode: reading.titleOnly ? 'title' : 'full',
  };
}

/**
 * Quotes kept per criterion in the verdict (strongest first). Statements are counted over all the
 * evidence; a huge posting repeating one cue thousands of times should not make a verdict (stored,
 * messaged, shown) thousands of quotes long, and no reader needs more than a dozen of one kind.
 */
export const MAX_EVIDENCE_PER_CRITERION = 12;

function capPerCriterion(sorted: readonly Evidence[], max: number): Evidence[] {
  const seen = new Map<string, number>();
  return sorted.filter((e) => {
    const n = (seen.get(e.criterionId) ?? 0) + 1;
    seen.set(e.criterionId, n);
    return n <= max;
  });
}

/** The evidence as a verdict carries it: the reading's fields, its own weight, nothing else. */
function weighed(r: PostingReading['evidence'][number], weight: number): Evidence {
  const e: Evidence = {
    criterionId: r.criterionId,
    side: r.side,
    weight,
    cue: r.cue,
    sentence: r.sentence,
    field: r.field,
    start: r.start,
    end: r.end,
    sentenceStart: r.sentenceStart,
    sentenceEnd: r.sentenceEnd,
    zone: r.zone,
  };
  if (r.sense) e.sense = r.sense;
  return e;
}

function fieldOrder(e: Evidence): number {
  return e.field === 'title' ? 0 : 1;
}
