// Any page with schema.org JobPosting JSON-LD (hospital career sites, smaller boards). Used only
// when the user enables it in options; it has no manifest matches (the optional host permission
// is asked for at that moment and the script is registered at run time).
import { readJobPostings } from './jsonld';
import { cleanText } from './text';
import type { DetailPosting, SiteAdapter } from './types';

/** The heading that shows the posting's title, for the badge; else the page's first heading. */
function titleElement(doc: Document, title: string): Element | null {
  const headings = [...doc.querySelectorAll('h1, h2, [role="heading"]')];
  const wanted = title.toLowerCase();
  return (
    headings.find((h) => cleanText(h.textContent).toLowerCase() === wanted) ??
    headings.find((h) => cleanText(h.textContent).toLowerCase().includes(wanted)) ??
    doc.querySelector('h1') ??
    headings[0] ??
    null
  );
}

export const jsonldAny: SiteAdapter = {
  id: 'jsonld-any',
  name: 'Any page with JobPosting data',
  matches: [],
  matchesUrl: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  isBlocked: () => false,
  findCards: () => [],
  findDetail(doc: Document, url: URL): DetailPosting | null {
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
  },
};
