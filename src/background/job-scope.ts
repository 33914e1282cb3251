// Where a job id is unique, so that a verdict stored for one job is never shown on another's
// card. A job board's own domain numbers its jobs (LinkedIn, Indeed, Glassdoor, ZipRecruiter,
// USAJOBS: the page's host). Boards that host many employers scope by the employer too, since
// anyone can open a board there and number a posting as they like: Greenhouse and Lever by the
// company in the path (on either of Greenhouse's hosts), Workday by its tenant host and career
// site, iCIMS by its tenant host. Anything else (Phenom, the JSON-LD reader) by its host.
const SUITE_HOSTS: Record<string, string> = {
  // Greenhouse serves the same boards on two hosts (boards. and job-boards.greenhouse.io).
  greenhouse: 'greenhouse.io',
  lever: 'lever.co',
};

/** The first path segment that is not a locale ("en-US"), e.g. a Workday career site. */
function firstNonLocaleSegment(path: string): string {
  return path.split('/').filter(Boolean).find((s) => !/^[a-z]{2}(-[A-Za-z]{2})?$/.test(s)) ?? '';
}

/** The employer's board on a multi-employer host, or '' where the host is the employer's or the board's own. */
function boardOf(siteId: string, url: URL): string {
  switch (siteId) {
    case 'greenhouse':
      if (!url.hostname.endsWith('greenhouse.io')) return '';
      // Embedded boards name the company in ?for=; hosted ones in the first path segment.
      return url.searchParams.get('for') ?? url.pathname.split('/').filter(Boolean)[0] ?? '';
    case 'lever':
      return url.pathname.split('/').filter(Boolean)[0] ?? '';
    case 'workday':
      return firstNonLocaleSegment(url.pathname);
    default:
      return '';
  }
}

/** The scope a job id is unique in, or null when the report names no site or address. */
export function jobScope(siteId: string | null | undefined, url: string): string | null {
  if (!siteId) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.hostname) return null;
  const suite = SUITE_HOSTS[siteId];
  const host = suite && parsed.hostname.endsWith(suite) ? suite : parsed.hostname;
  const board = boardOf(siteId, parsed).toLowerCase();
  return `${siteId}@${host}${board ? `/${board}` : ''}`;
}
