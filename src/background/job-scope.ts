// Which reports name the same job across page loads. Most boards number their postings globally
// (a LinkedIn or Greenhouse id means one posting, whichever host or page shows it). Workday,
// iCIMS and the generic JSON-LD reader number them per employer site (two employers can both
// have "R-1001"), so there the host is part of the scope. A board not listed here gets the
// host too: a missed match only costs a provisional badge, a false one would show another job's verdict.
const GLOBAL_IDS = new Set(['linkedin', 'indeed', 'glassdoor', 'ziprecruiter', 'greenhouse', 'lever', 'usajobs']);

/** The scope a job id is unique in, or null when the report names no site. */
export function jobScope(siteId: string | null | undefined, url: string): string | null {
  if (!siteId) return null;
  if (GLOBAL_IDS.has(siteId)) return siteId;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return host ? `${siteId}@${host}` : null;
}
