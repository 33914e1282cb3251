// Which saved entry a posting is: its job id within the board scope the background uses for job
// ids (a LinkedIn id is one job everywhere; a Workday requisition id only on its employer's host).
import { jobScope } from '../background/job-scope';
import { LINK_MAX } from './limits';

/** The saved-job key for a posting on a page, or null when the page names no board. */
export function savedJobKey(siteId: string | null | undefined, pageUrl: string, jobId: string): string | null {
  const scope = jobScope(siteId, pageUrl);
  return scope && jobId ? `${scope}#${jobId}` : null;
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
