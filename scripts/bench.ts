// Benchmark: `npm run bench`. Prints figures; it is not a timed test.
//   import time of the classifier; first classify() in this fresh process;
//   median classify() of a ~5,000-character posting beside compromise's own full nlp(text) of the
//   same text; title-only classifications per second; and, when ../shared exists, the median over
//   the real corpus postings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const t0 = performance.now();
const { classify } = await import('../src/classifier/index');
const importMs = performance.now() - t0;

const SENTENCES = [
  'The Operations Manager will oversee the day-to-day running of the outpatient department and its reception team.',
  'You will manage rotas, annual leave and sickness absence for a team of twelve administrators and receptionists.',
  'Working with the Head of Service, you will implement the hospital’s policies and procedures and make sure that standard operating procedures are followed.',
  'The post holder will monitor waiting lists, book appointments and make sure that clinic templates are kept up to date on the patient administration system.',
  'You will respond to patient complaints and enquiries and help improve the patient experience at the front desk.',
  'Reporting to the Director of Operations, you will contribute to the department’s annual business plan and budget.',
  'You will not be responsible for setting the organisation’s strategy, but you will be expected to support service improvement projects.',
  'Experience of supervising administrative staff in a healthcare setting is essential, as is knowledge of data protection and confidentiality.',
  'You will ensure compliance with CQC standards, information governance rules and the Trust’s risk management framework.',
  'The role includes training new staff on the electronic health record system and troubleshooting day-to-day issues.',
  'About us: we are a large teaching hospital serving a population of over a million people across the region, with a strategy built on partnership and innovation.',
  'We offer 27 days annual leave, an NHS pension and flexible working; we are an equal opportunity employer and welcome applications from all backgrounds.',
];

function posting(chars: number): { title: string; description: string } {
  let description = '';
  for (let i = 0; description.length < chars; i++) description += (description ? ' ' : '') + SENTENCES[i % SENTENCES.length];
  return { title: 'Outpatient Services Manager', description: description.slice(0, chars) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
function p90(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.9)] ?? NaN;
}

const sample = posting(5000);
const f0 = performance.now();
classify(sample);
const firstMs = performance.now() - f0;

const runs = 200;
const ours: number[] = [];
for (let i = 0; i < 30; i++) classify(sample);
for (let i = 0; i < runs; i++) {
  // A fresh string each time, so nothing can be cached by identity.
  const p = { title: sample.title, description: sample.description + ' '.repeat(i % 3) };
  const s = performance.now();
  classify(p);
  ours.push(performance.now() - s);
}

const c0 = performance.now();
const nlp = (await import('compromise')).default;
const compromiseImportMs = performance.now() - c0;
const theirs: number[] = [];
for (let i = 0; i < 10; i++) nlp(sample.description);
for (let i = 0; i < 60; i++) {
  const s = performance.now();
  nlp(sample.description + ' '.repeat(i % 3));
  theirs.push(performance.now() - s);
}

const titles = ['Practice Manager', 'Chief Operating Officer', 'Medical Records Clerk', 'Director of Strategy and Partnerships', 'Patient Services Co-ordinator', 'Staff Nurse', 'Clinical Coder', 'Head of Business Development', 'Database Administrator', 'Health Center Manager'];
for (let i = 0; i < 2000; i++) classify({ title: titles[i % titles.length]! }, undefined, { titleOnly: true });
const n = 50_000;
const tt = performance.now();
for (let i = 0; i < n; i++) classify({ title: titles[i % titles.length]!, company: 'Example Health' }, undefined, { titleOnly: true });
const titlePerSec = n / ((performance.now() - tt) / 1000);

const ratio = median(theirs) / median(ours);
console.log(`classifier import (incl. compromise/two)   ${importMs.toFixed(1)} ms`);
console.log(`first classify() after import                ${firstMs.toFixed(1)} ms   (target ≤ 100 ms)`);
console.log(`classify() ${sample.description.length}-char posting   median ${median(ours).toFixed(2)} ms, p90 ${p90(ours).toFixed(2)} ms   (target ≤ 2 ms)`);
console.log(`compromise full nlp(text), same text        median ${median(theirs).toFixed(2)} ms, p90 ${p90(theirs).toFixed(2)} ms   (import ${compromiseImportMs.toFixed(0)} ms)`);
console.log(`speed-up over nlp(text)                      ${ratio.toFixed(1)}×   (target ≥ 25×)`);
console.log(`title-only                                   ${Math.round(titlePerSec).toLocaleString('en')} classifications/s   (target ≥ 20,000/s)`);

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus');
if (existsSync(corpusDir)) {
  const postings = readdirSync(corpusDir)
    .filter((f) => /^postings.*\.jsonl$/.test(f))
    .flatMap((f) => readFileSync(path.join(corpusDir, f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as { title: string; description: string });
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    for (const p of postings) {
      const s = performance.now();
      classify({ title: p.title, description: p.description + ' '.repeat(r) });
      times.push(performance.now() - s);
    }
  }
  const chars = median(postings.map((p) => p.description.length));
  console.log(`real corpus (${postings.length} postings, median ${chars} chars)   median ${median(times).toFixed(2)} ms, p90 ${p90(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(1)} ms`);
} else {
  console.log('real corpus: ../shared/corpus not found, skipped');
}
