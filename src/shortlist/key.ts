// Which saved entry a posting is: its job id within the board scope the background uses for job
// ids (a LinkedIn id is one job everywhere; a Workday requisition id only on its employer's host).
import { jobScope } from '../background/job-scope';
import { LINK_MAX } from './limits';

/**
 * The shortlist's storage key. Here rather than only in store.ts so that the content script and
 * the popup can watch it without bundling the store and its validation.
 */
export const SHORTLIST_STORAGE_KEY = 'local:shortlist';

/** What every saved-job key of a page's board scope starts with, or null when the page names no board. */
export function savedKeyPrefix(siteId: string | null | undefined, pageUrl: string): string | null {
  const scope = jobScope(siteId, pageUrl);
  return scope ? `${scope}#` : null;
}

/** The saved-job key for a posting on a page, or null when the page names no board. */
export function savedJobKey(siteId: string | null | undefined, pageUrl: string, jobId: string): string | null {
  const prefix = savedKeyPrefix(siteId, pageUrl);
  return prefix && jobId ? `${prefix}${jobId}` : null;
}

/** Only http(s) addresses are kept as links: a saved link is opened from an extension page. */
export function safeLink(link: string | null | undefined): string {
  if (!link || link.length > LINK_MAX) return '';
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}

/**
 * The keys of a stored shortlist value, read without validating the rest (the content script only
 * needs to know what is saved; the shortlist page validates and repairs).
 */
export function savedKeysIn(raw: unknown): Set<string> {
  const jobs = (raw as { jobs?: unknown } | null | undefined)?.jobs;
  if (!Array.isArray(jobs)) return new Set();
  return new Set(jobs.map((j) => (j as { key?: unknown } | null)?.key).filter((k): k is string => typeof k === 'string'));
}
