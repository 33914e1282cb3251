// schema.org JobPosting from JSON-LD: the most reliable data a page offers, so every adapter
// reads it first. Handles a single object, top-level arrays, @graph, and @type arrays.
import { drain } from './steps';
import { cleanText, htmlToTextInSteps } from './text';

export interface JsonLdJob {
  title: string;
  company?: string;
  location?: string;
  /** Plain text (HTML and HTML entities decoded through an inert DOMParser document). */
  description: string;
  identifier?: string;
  url?: string;
}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(node: Record<string, Json>, type: string): boolean {
  const t = node['@type'];
  return Array.isArray(t) ? t.includes(type) : t === type;
}

/** Every object in the JSON-LD tree (arrays, @graph, nested values), depth-limited. */
function* nodes(value: Json, depth = 0): Generator<Record<string, Json>> {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) yield* nodes(item, depth + 1);
  } else if (isObject(value)) {
    yield value;
    if (Array.isArray(value['@graph'])) yield* nodes(value['@graph'], depth + 1);
  }
}

function str(value: Json): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return cleanText(String(value)) || undefined;
  if (isObject(value)) return str(value['name'] ?? value['value'] ?? value['@value']);
  if (Array.isArray(value)) return str(value[0]);
  return undefined;
}

/** A PropertyValue's value (its name is the organisation's name), or a plain string. */
function identifierText(value: Json): string | undefined {
  if (Array.isArray(value)) return identifierText(value[0]);
  if (isObject(value)) return str(value['value'] ?? value['@value']);
  return str(value);
}

function placeText(value: Json): string | undefined {
  const places = Array.isArray(value) ? value : [value];
  const names = places
    .map((place) => {
      if (!isObject(place)) return str(place);
      const address = place['address'];
      if (isObject(address)) {
        const parts = [address['addressLocality'], address['addressRegion'], address['addressCountry']]
          .map(str)
          .filter((part): part is string => Boolean(part));
        if (parts.length) return parts.join(', ');
      }
      return str(address) ?? str(place['name']);
    })
    .filter((name): name is string => Boolean(name));
  return names.length ? [...new Set(names)].join('; ') : undefined;
}

/** A JobPosting node's fields; its description stays HTML until it is decoded (a step of its own). */
type RawJob = Omit<JsonLdJob, 'description'> & { descriptionHtml: string };

function toRawJob(node: Record<string, Json>): RawJob | null {
  const title = str(node['title']) ?? str(node['name']);
  if (!title) return null;
  const rawDescription = node['description'];
  return {
    title,
    company: str(node['hiringOrganization']),
    location: placeText(node['jobLocation']) ?? (node['jobLocationType'] === 'TELECOMMUTE' ? 'Remote' : undefined),
    descriptionHtml: typeof rawDescription === 'string' ? rawDescription : '',
    identifier: identifierText(node['identifier']),
    url: typeof node['url'] === 'string' ? node['url'] : undefined,
  };
}

function rawJobsIn(text: string): RawJob[] {
  let data: Json;
  try {
    data = JSON.parse(text);
  } catch {
    return []; // A site's malformed JSON-LD must not stop the other readers.
  }
  const jobs: RawJob[] = [];
  for (const node of nodes(data)) {
    if (!hasType(node, 'JobPosting')) continue;
    const job = toRawJob(node);
    if (job) jobs.push(job);
  }
  return jobs;
}

// Parsed once per script element and text: the page observer re-reads the page on every change,
// and a 1 MB JSON-LD (JSON.parse, then DOMParser for its HTML description) cost ~80 ms a scan.
// (The decoded descriptions are remembered by htmlToText.)
const parsed = new WeakMap<Element, { text: string; jobs: readonly RawJob[] }>();

function rawJobPostings(doc: Document): RawJob[] {
  const jobs: RawJob[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    let entry = parsed.get(script);
    if (!entry || entry.text !== text) parsed.set(script, (entry = { text, jobs: rawJobsIn(text) }));
    jobs.push(...entry.jobs);
  }
  return jobs;
}

function* decodedInSteps({ descriptionHtml, ...job }: RawJob, doc: Document): Generator<void, JsonLdJob> {
  return { ...job, description: descriptionHtml ? yield* htmlToTextInSteps(descriptionHtml, doc) : '' };
}

/** All JobPosting objects in the document's JSON-LD scripts. Broken JSON is skipped. */
export function readJobPostings(doc: Document): JsonLdJob[] {
  return rawJobPostings(doc).map((job) => drain(decodedInSteps(job, doc)));
}

/**
 * The page's JobPosting for this job (by identifier, or an address holding the id), else its
 * first; in steps (parse, then decode the description), for a caller that yields between.
 */
export function* jobPostingInSteps(doc: Document, jobId: string | null | undefined): Generator<void, JsonLdJob | null> {
  const jobs = rawJobPostings(doc);
  const job = jobs.find((j) => jobId && (j.identifier === jobId || j.url?.includes(jobId))) ?? jobs[0];
  if (!job) return null;
  yield;
  return yield* decodedInSteps(job, doc);
}

/** The page's JobPosting for this job (by identifier, or an address holding the id), else its first. */
export function jobPostingFor(doc: Document, jobId: string | null | undefined): JsonLdJob | null {
  return drain(jobPostingInSteps(doc, jobId));
}
