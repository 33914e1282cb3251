// Specialisations named by the documents, ranked by the evidence that supports them.
import { criterionById } from './criteria';
import type { Evidence, Specialization, Zone } from './types';

const MIN_SHARE = 0.3;
const MIN_WEIGHT = 1;
const MAX_SPECIALIZATIONS = 3;
/** Cues a specialism needs in the posting's text when the title does not name it. */
const MIN_CUES = 2;

// Only the role's own text is evidence of its specialism: the employer describing itself is
// boilerplate, and benefits or metadata say nothing of the role.
const ROLE_ZONES: ReadonlySet<Zone> = new Set<Zone>(['title', 'duties', 'person']);

interface Support {
  weight: number;
  cues: number;
  inTitle: boolean;
}

export function rankSpecializations(evidence: readonly Evidence[]): Specialization[] {
  const support = new Map<Specialization, Support>();
  for (const e of evidence) {
    if (e.weight <= 0 || !ROLE_ZONES.has(e.zone)) continue;
    const spec = criterionById(e.criterionId)?.specialization;
    if (!spec) continue;
    let s = support.get(spec);
    if (!s) support.set(spec, (s = { weight: 0, cues: 0, inTitle: false }));
    s.weight += e.weight;
    s.cues++;
    if (e.field === 'title') s.inTitle = true;
  }
  // A title naming the specialism is enough; otherwise one stray word ("payers" in a list of an
  // executive's partners) is not a specialism: it takes more than one cue of it.
  const ranked = [...support]
    .filter(([, s]) => s.inTitle || s.cues >= MIN_CUES)
    .sort((a, b) => b[1].weight - a[1].weight || a[0].localeCompare(b[0]));
  const top = ranked[0]?.[1].weight ?? 0;
  return ranked
    .filter(([, s]) => s.weight >= MIN_WEIGHT && s.weight >= top * MIN_SHARE)
    .slice(0, MAX_SPECIALIZATIONS)
    .map(([spec]) => spec);
}
