// Embedded JSON: data a board ships in inline scripts (e.g. Indeed's
// `window.mosaic.providerData["mosaic-provider-jobcards"]={…};`). Read as text and parsed with
// JSON.parse only; never evaluated.

/** Where one board keeps its job list inside an inline script. */
export interface EmbeddedJobList {
  /** Text right before the JSON object, e.g. `providerData["mosaic-provider-jobcards"]=`. */
  marker: string;
  /** Property path from the parsed object to the array of jobs. */
  path: string[];
  /** Property of each job holding its id. */
  idKey: string;
  /** Properties holding each field. */
  fields: { title?: string; company?: string; location?: string; snippet?: string };
}

export interface EmbeddedJob {
  title?: string;
  company?: string;
  location?: string;
  /** May contain HTML; decode with htmlToText. */
  snippet?: string;
}

/**
 * The JSON object starting at `start` (a "{"), found by matching braces outside strings. Needed
 * because the object is followed by more JavaScript, which JSON.parse would reject.
 */
export function sliceJsonObject(text: string, start: number): string | null {
  if (text[start] !== '{') return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

// Parsed once per script element: the observer calls the adapters many times on one page.
const cache = new WeakMap<Element, Map<string, Map<string, EmbeddedJob>>>();

function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function parseList(scriptText: string, list: EmbeddedJobList): Map<string, EmbeddedJob> {
  const jobs = new Map<string, EmbeddedJob>();
  const at = scriptText.indexOf(list.marker);
  if (at < 0) return jobs;
  const json = sliceJsonObject(scriptText, scriptText.indexOf('{', at + list.marker.length));
  if (!json) return jobs;
  let node: unknown;
  try {
    node = JSON.parse(json);
  } catch {
    return jobs; // Not JSON after all: the markup readers still work.
  }
  for (const key of list.path) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(node)) return jobs;
  for (const item of node) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const id = asText(record[list.idKey]);
    if (!id) continue;
    const pick = (key?: string) => (key ? asText(record[key]) : undefined);
    jobs.set(id, {
      title: pick(list.fields.title),
      company: pick(list.fields.company),
      location: pick(list.fields.location),
      snippet: pick(list.fields.snippet),
    });
  }
  return jobs;
}

/** Jobs by id from the first inline script holding the list's marker (empty when none). */
export function readEmbeddedJobs(doc: Document, list: EmbeddedJobList): Map<string, EmbeddedJob> {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes(list.marker)) continue;
    let byMarker = cache.get(script);
    if (!byMarker) cache.set(script, (byMarker = new Map()));
    let jobs = byMarker.get(list.marker);
    if (!jobs) byMarker.set(list.marker, (jobs = parseList(text, list)));
    return jobs;
  }
  return new Map();
}
