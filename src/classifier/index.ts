// classify(): one posting in, one explained verdict out. Pure TypeScript (no DOM, no browser API)
// so the content script, the background, the CLI and the tests all run the same code.
import { criterionById, type Criterion } from './criteria';
import { readContext, needsContext, type SentenceContext } from './context';
import { buildLexicon, getLexicon, type Lexicon } from './lexicon';
import { findCues } from './match';
import { judgeRelevance } from './relevance';
import { DEFAULT_PARAMS, decide, round, sideTotals, type ScoringParams } from './scoring';
import { assignSections, type SectionKind } from './sections';
import { splitSentences } from './sentences';
import { judgeSeniority } from './seniority';
import { resolveSettings } from './settings';
import { rankSpecializations } from './specializations';
import { titleOwnRoleEnd } from './title';
import { tokenize } from './tokens';
import type { ClassifierSettings, CustomCue, Evidence, Posting, TextField, Verdict } from './types';

export { criteria } from './criteria';
export { defaultClassifierSettings, validateClassifierSettings } from './settings';
export type * from './types';

export interface ClassifyOptions {
  /** List cards: judge by the title (and company, and any snippet given as description). */
  titleOnly?: boolean;
}

export function classify(
  posting: Posting,
  settings?: Partial<ClassifierSettings> | ClassifierSettings,
  options?: ClassifyOptions,
): Verdict {
  return classifyWith(posting, settings, options, DEFAULT_PARAMS);
}

/** classify() with explicit scoring parameters (used by the evaluation's cross-validation). */
export function classifyWith(
  posting: Posting,
  settingsInput: unknown,
  options: ClassifyOptions | undefined,
  params: ScoringParams,
): Verdict {
  const settings = resolveSettings(settingsInput);
  const titleOnly = options?.titleOnly === true;
  const p = (posting ?? {}) as Partial<Posting>;
  const title = asText(p.title);
  const description = asText(p.description);
  const company = asText(p.company);
  const lexicon = lexiconFor(settings.customCues);
  const userWeight = (c: Criterion): number => settings.weights[c.id] ?? 1;

  const evidence: Evidence[] = [];
  // Title: weighs most.
  for (const m of findCues(title, tokenize(title, 0, titleOwnRoleEnd(title)), lexicon, true)) {
    const c = m.cue.criterion;
    const weight = m.cue.weight * params.titleWeight * userWeight(c);
    if (weight === 0) continue;
    evidence.push(makeEvidence(c, weight, title, 'title', m.start, m.end, { start: 0, end: title.length }, 'title'));
  }

  // Description: by sentence, weighted by section, with negation and the reporting line.
  const bodyParts: string[] = [];
  const sentences = assignSections(description, splitSentences(description));
  for (const s of sentences) {
    const sentence = description.slice(s.start, s.end);
    if (s.weight > 0) bodyParts.push(sentence);
    if (s.weight === 0) continue;
    const matches = findCues(description, tokenize(description, s.start, s.end), lexicon, false);
    if (matches.length === 0) continue;
    let ctx: SentenceContext | null = null;
    for (const m of matches) {
      const c = m.cue.criterion;
      let weight = m.cue.weight * s.weight * userWeight(c) * (titleOnly ? params.snippetWeight : 1);
      if (weight === 0) continue;
      if (needsContext(sentence)) {
        ctx ??= readContext(sentence);
        const rel = { start: m.start - s.start, end: m.end - s.start };
        if (ctx.reportingLine.some((r) => overlaps(r, rel))) continue;
        if (ctx.negated.some((r) => overlaps(r, rel))) weight = -weight * params.negationPenalty;
      }
      evidence.push(makeEvidence(c, weight, description, 'description', m.start, m.end, s, s.section));
    }
  }

  const totals = sideTotals(evidence, params);
  const duties = sideTotals(evidence.filter((e) => e.field === 'description'), params);
  const decision = decide(totals, duties, settings.balancedBand, params);
  const relevance = judgeRelevance({
    title,
    company,
    body: bodyParts.join(' '),
    evidenceTotal: totals.management + totals.administration,
    titleOnly,
  });
  evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || fieldOrder(a) - fieldOrder(b) || a.start - b.start);
  return {
    label: relevance.relevant ? decision.label : 'not_applicable',
    lean: round(decision.lean),
    confidence: relevance.relevant ? decision.confidence : round(Math.max(0.5, 1 - decision.confidence / 2)),
    relevance,
    seniority: judgeSeniority(title.slice(0, titleOwnRoleEnd(title)), description),
    specializations: rankSpecializations(evidence),
    evidence,
    mode: titleOnly ? 'title' : 'full',
  };
}

function asText(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function fieldOrder(e: Evidence): number {
  return e.field === 'title' ? 0 : 1;
}

function makeEvidence(
  c: Criterion,
  weight: number,
  text: string,
  field: TextField,
  start: number,
  end: number,
  sentence: { start: number; end: number },
  section: SectionKind | 'title',
): Evidence {
  return {
    criterionId: c.id,
    side: c.side,
    weight: round(weight),
    cue: text.slice(start, end),
    sentence: text.slice(sentence.start, sentence.end),
    field,
    start,
    end,
    section,
  };
}

// Custom cues get their own lexicon, rebuilt only when the list changes.
let customKey = '';
let customLexicon: Lexicon | null = null;

function lexiconFor(customCues: readonly CustomCue[]): Lexicon {
  if (customCues.length === 0) return getLexicon();
  const key = JSON.stringify(customCues);
  if (key !== customKey || !customLexicon) {
    const extra = customCues.flatMap((cue) => {
      const criterion = criterionById(cue.criterionId);
      return criterion ? [{ phrase: cue.phrase.replace(/\*/g, ' '), criterion, weight: cue.weight }] : [];
    });
    customLexicon = buildLexicon(extra);
    customKey = key;
  }
  return customLexicon;
}

