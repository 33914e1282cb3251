// Phenom People career sites ship their page data in an inline script: `phApp.ddo = {…};`
// (search results under eagerLoadRefineSearch.data.jobs, a job page's posting under
// jobDetail.data.job). Read as text, cut out by a brace scan that skips strings, parsed with
// JSON.parse only; never evaluated. Anything unexpected gives no jobs rather than an error.
import { sliceJsonObject } from './embedded';
import { cleanText } from './text';

/** `phApp.ddo = {` (also `window.phApp.ddo={`); `phApp.ddo.jobDetail` or `==` do not match. */
const DDO_ASSIGNMENT = /\bphApp\.ddo\s*=\s*(?=\{)/g;
const HAS_DDO_ASSIGNMENT = new RegExp(DDO_ASSIGNMENT.source);
/** Scripts longer than this are not scanned: a real ddo is far smaller, and the scan is linear. */
export const MAX_DDO_SCRIPT_CHARS = 5_000_000;
/** More jobs than any search page shows; a longer list is cut, not trusted in full. */
const MAX_JOBS = 500;

export interface PhenomJob {
  jobId: string;
  title: string;
  location?: string;
  company?: string;
  /** The list's short teaser (plain text or HTML). */
  teaser?: string;
  /** The full description (HTML), on job pages. */
  description?: string;
  /** Phenom's sequence number, which some sites use in job links instead of the id. */
  seqNo?: string;
}

export interface PhenomData {
  /** The search results the page was served with. */
  searchJobs: PhenomJob[];
  /** The posting a job page shows. */
  detailJob: PhenomJob | null;
}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(value: Json, path: readonly string[]): Json {
  let node = value;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return node;
}

function text(value: Json): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? cleanText(value) || undefined : undefined;
}

/** Raw string (HTML keeps its line structure for htmlToText). */
function rawText(value: Json): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function location(job: Record<string, Json>): string | undefined {
  const parts = [job['city'], job['state'], job['country']].map(text).filter((part): part is string => Boolean(part));
  return text(job['location']) ?? text(job['cityStateCountry']) ?? (parts.length ? parts.join(', ') : undefined);
}

function toJob(value: Json): PhenomJob | null {
  if (!isObject(value)) return null;
  const jobId = text(value['jobId']) ?? text(value['reqId']);
  const title = text(value['title']);
  if (!jobId || !title) return null;
  return {
    jobId,
    title,
    location: location(value),
    company: text(value['companyName']),
    teaser: rawText(value['descriptionTeaser']),
    description: rawText(value['description']),
    seqNo: text(value['jobSeqNo']),
  };
}

function toData(ddo: Json): PhenomData {
  const list = at(ddo, ['eagerLoadRefineSearch', 'data', 'jobs']);
  const searchJobs: PhenomJob[] = [];
  const seen = new Set<string>();
  for (const item of Array.isArray(list) ? list.slice(0, MAX_JOBS) : []) {
    const job = toJob(item);
    if (!job || seen.has(job.jobId)) continue;
    seen.add(job.jobId);
    searchJobs.push(job);
  }
  return { searchJobs, detailJob: toJob(at(ddo, ['jobDetail', 'data', 'job'])) };
}

/** The ddo object in one script's text, or null (no assignment, not JSON, too long). */
export function parseDdo(scriptText: string): Record<string, Json> | null {
  if (scriptText.length > MAX_DDO_SCRIPT_CHARS) return null;
  for (const match of scriptText.matchAll(DDO_ASSIGNMENT)) {
    const json = sliceJsonObject(scriptText, match.index + match[0].length);
    if (!json) continue;
    try {
      const parsed: Json = JSON.parse(json);
      if (isObject(parsed)) return parsed;
    } catch {
      // Not JSON after all (a script building the object in code): try the next assignment.
    }
  }
  return null;
}

// Per script, keyed by its text length: the page observer calls the readers many times on one
// page, and in the any-page mode this runs on every page the user opens.
interface ScriptEntry {
  length: number;
  assignsDdo: boolean;
  /** Parsed on first use; null when the script's ddo does not parse. */
  data?: PhenomData | null;
}
const cache = new WeakMap<Element, ScriptEntry>();

function entryFor(script: Element): ScriptEntry {
  const content = script.textContent ?? '';
  let entry = cache.get(script);
  if (!entry || entry.length !== content.length) {
    entry = { length: content.length, assignsDdo: content.includes('phApp.ddo') && HAS_DDO_ASSIGNMENT.test(content) };
    cache.set(script, entry);
  }
  return entry;
}

function dataOf(script: Element): PhenomData | null {
  const entry = entryFor(script);
  if (entry.data === undefined) {
    const ddo = entry.assignsDdo ? parseDdo(script.textContent ?? '') : null;
    entry.data = ddo ? toData(ddo) : null;
  }
  return entry.data;
}

/** Inline scripts that assign phApp.ddo: the sign of a Phenom page, whatever its host. */
function ddoScripts(doc: Document): Element[] {
  return [...doc.querySelectorAll('script:not([src])')].filter((script) => entryFor(script).assignsDdo);
}

/** Does this page carry Phenom's data script (even a broken one)? */
export function hasPhenomData(doc: Document): boolean {
  return ddoScripts(doc).length > 0;
}

/** The page's Phenom data, or null when it has none that parses. */
export function readPhenomData(doc: Document): PhenomData | null {
  for (const script of ddoScripts(doc)) {
    const data = dataOf(script);
    if (data) return data;
  }
  return null;
}
