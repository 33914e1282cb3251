// CLI: `npm run classify -- [--title-only] FILE|-`
// JSONL in ({id,title,description,company?} per line) → one JSON verdict per line out.
// Plain text in (one pasted posting; first line = title) → a readable explanation.
// A malformed line is reported on stderr with its line number, the rest are still classified,
// and the exit code is 1 at the end.
import { readFileSync } from 'node:fs';
import { classify } from '../src/classifier/index';
import { criterionById } from '../src/classifier/criteria';
import type { Posting, Verdict } from '../src/classifier/types';

function usage(): never {
  console.error('usage: npm run classify -- [--title-only] FILE|-   (JSONL postings, or one posting as plain text)');
  process.exit(2);
}

function readInput(source: string): string {
  try {
    return readFileSync(source === '-' ? 0 : source, 'utf8');
  } catch (err) {
    console.error(`cannot read ${source === '-' ? 'standard input' : source}: ${(err as Error).message}`);
    process.exit(2);
  }
}

function looksLikeJsonl(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim());
  return first !== undefined && first.trim().startsWith('{');
}

function toPosting(value: unknown): { id: string; posting: Posting } | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.title !== 'string') return 'missing "title" (a string)';
  for (const key of ['description', 'company', 'location'] as const) {
    if (v[key] !== undefined && v[key] !== null && typeof v[key] !== 'string') return `"${key}" must be a string`;
  }
  return {
    id: v.id === undefined ? '' : String(v.id),
    posting: {
      title: v.title,
      description: typeof v.description === 'string' ? v.description : '',
      company: typeof v.company === 'string' ? v.company : undefined,
      location: typeof v.location === 'string' ? v.location : undefined,
    },
  };
}

function runJsonl(text: string, titleOnly: boolean): number {
  let failures = 0;
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      failures++;
      console.error(`line ${i + 1}: not valid JSON (${(err as Error).message}); skipped`);
      return;
    }
    const item = toPosting(parsed);
    if (typeof item === 'string') {
      failures++;
      console.error(`line ${i + 1}: ${item}; skipped`);
      return;
    }
    const v = classify(item.posting, undefined, { titleOnly });
    const { label, lean, confidence, relevance, seniority, scope, duties, decidedBy, specializations, evidence } = v;
    process.stdout.write(JSON.stringify({ id: item.id, label, lean, confidence, relevance, seniority, scope, duties, decidedBy, specializations, evidence }) + '\n');
  });
  return failures ? 1 : 0;
}

const DECIDED_BY: Record<Verdict['decidedBy'], string> = {
  duties: 'the duties',
  scope: 'the scope: the organisation’s executive (LABELLING.md §2)',
  title: 'the title: too few duty statements to decide (LABELLING.md §5)',
};
const SENSES: Record<NonNullable<Verdict['evidence'][number]['sense']>, string> = {
  support: 'a management word in a support duty counts for administration',
  delivering: 'delivering what others set counts for administration',
  negated: 'negated',
};

function explain(v: Verdict, posting: Posting): string {
  const label = { management: 'Management-leaning', administration: 'Administration-leaning', balanced: 'Balanced', not_applicable: 'Not a healthcare management/administration role' }[v.label];
  const out = [
    `Title: ${posting.title}`,
    `Verdict: ${label} (lean ${v.lean.toFixed(2)}, −1 administration … +1 management; confidence ${Math.round(v.confidence * 100)}%)`,
    `Relevance: ${v.relevance.reason}`,
    `Seniority: ${v.seniority}; scope: ${v.scope}`,
    `Decided by: ${DECIDED_BY[v.decidedBy]} (duty statements: ${v.duties.management} setting direction, ${v.duties.administration} running things)`,
    `Specializations: ${v.specializations.join(', ') || 'none found'}`,
    '',
    'Evidence (strongest first):',
  ];
  for (const e of v.evidence.slice(0, 15)) {
    const c = criterionById(e.criterionId);
    const sense = e.sense ? `; ${SENSES[e.sense]}` : '';
    out.push(`  ${e.weight > 0 ? '+' : '−'}${Math.abs(e.weight).toFixed(2)} ${e.side === 'management' ? 'MGMT ' : 'ADMIN'} “${e.cue}” (${e.zone}${sense}) — ${c?.name ?? e.criterionId}`);
    if (e.field === 'description') out.push(`        in: “${e.sentence.length > 160 ? e.sentence.slice(0, 157) + '…' : e.sentence}”`);
    if (c) out.push(`        criterion: “${c.quote}” (${c.document})`);
  }
  if (v.evidence.length > 15) out.push(`  … and ${v.evidence.length - 15} more`);
  return out.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const titleOnly = args.includes('--title-only');
  const files = args.filter((a) => a !== '--title-only');
  if (files.length !== 1 || files[0]!.startsWith('--')) usage();
  const text = readInput(files[0]!);
  if (looksLikeJsonl(text)) {
    process.exitCode = runJsonl(text, titleOnly);
    return;
  }
  const trimmed = text.trim();
  if (!trimmed) {
    console.error('the input is empty: give JSONL postings or one posting as text (first line = title)');
    process.exitCode = 1;
    return;
  }
  const [first, ...rest] = trimmed.split('\n');
  const posting: Posting = { title: (first ?? '').trim(), description: rest.join('\n').trim() };
  console.log(explain(classify(posting, undefined, { titleOnly }), posting));
}

main();
