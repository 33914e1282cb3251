// ZipRecruiter: the Next.js search page renders every card twice (mobile and desktop wrappers);
// the engine keeps one per listing key. The right pane shows the selected listing.
import { defineSite, hostIn } from './engine';

const CARD_ID = /^job-card-(?!company$|location$|selected-highlight$)([\w-]+)$/;

export const ziprecruiter = defineSite({
  id: 'ziprecruiter',
  name: 'ZipRecruiter',
  matches: ['*://*.ziprecruiter.com/*', '*://*.ziprecruiter.co.uk/*', '*://*.ziprecruiter.ca/*'],
  matchesUrl: hostIn(['ziprecruiter.com', 'ziprecruiter.co.uk', 'ziprecruiter.ca']),
  cards: [
    {
      card: ['article[id^="job-card-"]', '[data-testid="job-card"]'],
      id: [
        { attr: 'id', pattern: CARD_ID },
        { attr: 'data-listing-key' },
        { href: 'a[href*="lk="]', param: 'lk' },
      ],
      title: ['[data-testid="job-card-title"]', 'h2[aria-label]', 'h2', 'h3'],
      company: ['[data-testid="job-card-company"]'],
      location: ['[data-testid="job-card-location"]'],
    },
  ],
  detail: [
    {
      root: ['[data-testid="right-pane"]', '[data-testid="job-details-scroll-container"]'],
      id: [
        { url: 'param', param: 'lk' },
        { attr: 'data-listing-key', sel: '[data-listing-key]' },
      ],
      idFromCardTitle: true,
      title: ['[data-testid="job-details-title"]', 'h1', 'h2'],
      company: ['[data-testid="job-details-company"]', 'a[href^="/co/"]'],
      description: ['[data-testid="job-details-description"]', '[data-testid="job-details-scroll-container"]'],
      requireDescription: true,
    },
    {
      // Standalone job page (/c/<company>/Job/<title>/…?jid=…): JSON-LD JobPosting.
      when: (url) => /\/(?:c|k)\/[^/]+\/Job\//i.test(url.pathname) || url.pathname.startsWith('/jobs/'),
      id: [
        { url: 'param', param: 'jid' },
        { url: 'param', param: 'lk' },
        { url: 'path', pattern: /\/jobs\/[^/]*?-([0-9a-f]{8,})$/i },
      ],
      title: ['[data-testid="job-details-title"]', 'h1'],
      company: ['[data-testid="job-details-company"]', 'a[href^="/co/"]'],
      description: ['[data-testid="job-details-description"]', '.job_description', 'main'],
      jsonLd: true,
      requireDescription: true,
    },
  ],
});
