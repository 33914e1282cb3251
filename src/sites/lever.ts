// Lever: board lists (jobs.lever.co/<company>) and postings (/<company>/<uuid>, /apply).
import { defineSite } from './engine';

const POSTING_PATH = /^\/[^/]+\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

export const lever = defineSite({
  id: 'lever',
  name: 'Lever',
  matches: ['*://jobs.lever.co/*', '*://jobs.eu.lever.co/*'],
  matchesUrl: (url) => /^jobs\.(eu\.)?lever\.co$/i.test(url.hostname),
  cards: [
    {
      card: ['.posting[data-qa-posting-id]', 'div.posting'],
      id: [
        { attr: 'data-qa-posting-id' },
        { href: 'a.posting-title', pattern: POSTING_PATH },
      ],
      title: ['[data-qa="posting-name"]', '.posting-title h5', 'a.posting-title'],
      location: ['.posting-categories .location', '.sort-by-location'],
    },
  ],
  detail: [
    {
      when: (url) => POSTING_PATH.test(url.pathname),
      id: [{ url: 'path', pattern: POSTING_PATH }],
      title: ['.posting-headline h2', '.posting-header h2', 'h2'],
      company: ['.main-header-logo img[alt]'],
      location: ['.posting-categories .location', '.posting-category.location'],
      // On the /apply page the description only survives in og:description.
      description: ['[data-qa="job-description"]', '.posting-page .section-wrapper .section.page-centered:not(.posting-header)', 'meta[property="og:description"]'],
      jsonLd: true,
    },
  ],
});
