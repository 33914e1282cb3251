// Any page with schema.org JobPosting JSON-LD (hospital career sites, smaller boards). Used only
// when the user enables it in options; it has no manifest matches (the optional host permission
// is asked for at that moment and the script is registered at run time). Career platforms that
// are recognised by their page data (Phenom) read such pages first; the rest get the JSON-LD.
import { readJobPostings } from './jsonld';
import { headingShowing } from './text';
import type { DetailPosting, PageDataAdapter, SiteAdapter } from './types';

/** The heading that shows the posting's title, for the badge; else the page's first heading. */
function titleElement(doc: Document, title: string): Element | null {
  const headings = [...doc.querySelectorAll('h1, h2, [role="heading"]')];
  return headingShowing(headings, title) ?? doc.querySelector('h1') ?? headings[0] ?? null;
}

function jsonLdDetail(doc: Document, url: URL): DetailPosting | null {
  const [job] = readJobPostings(doc);
  if (!job) return null;
  const badgeAnchor = titleElement(doc, job.title);
  if (!badgeAnchor) return null;
  return {
    jobId: job.identifier ?? job.url ?? `${url.origin}${url.pathname}`,
    title: job.title,
    company: job.company,
    location: job.location,
    description: job.description,
    badgeAnchor,
  };
}

/** The any-page adapter: the first platform that recognises the page reads it, else the JSON-LD. */
export function anyPageAdapter(platforms: readonly PageDataAdapter[]): SiteAdapter {
  const platformOf = (doc: Document) => platforms.find((platform) => platform.recognises(doc));
  return {
    id: 'jsonld-any',
    name: 'Any page with JobPosting data',
    matches: [],
    matchesUrl: (url) => url.protocol === 'https:' || url.protocol === 'http:',
    isBlocked: (doc) => platformOf(doc)?.isBlocked(doc) ?? false,
    findCards: (doc, url) => platformOf(doc)?.findCards(doc, url) ?? [],
    findDetail: (doc, url) => {
      const platform = platformOf(doc);
      return platform ? platform.findDetail(doc, url) : jsonLdDetail(doc, url);
    },
  };
}
