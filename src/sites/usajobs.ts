// USAJOBS: search results (/search/results/) and job announcements (/job/<control number>).
import { defineSite } from './engine';

const JOB_PATH = /\/(?:job|GetJob\/ViewDetails)\/(\d+)/i;

export const usajobs = defineSite({
  id: 'usajobs',
  name: 'USAJOBS',
  matches: ['*://*.usajobs.gov/*'],
  matchesUrl: (url) => /(^|\.)usajobs\.gov$/i.test(url.hostname),
  cards: [
    {
      card: ['[data-document-id]', '.usajobs-search-result--core', '[data-test="search-result"]'],
      id: [
        { attr: 'data-document-id', pattern: /(\d+)/ },
        { href: 'a[href*="/job/"]', pattern: JOB_PATH },
        { href: 'a[href*="/GetJob/ViewDetails/"]', pattern: JOB_PATH },
      ],
      title: ['[data-test="search-result-title"]', '.usajobs-search-result--core__title', 'h2 a', 'h3 a', 'a[href*="/job/"]'],
      company: ['[data-test="search-result-agency"]', '.usajobs-search-result--core__agency', '.usajobs-search-result--core__department'],
      location: ['[data-test="search-result-location"]', '.usajobs-search-result--core__location'],
      snippet: ['[data-test="search-result-summary"]', '.usajobs-search-result--core__summary'],
    },
  ],
  detail: [
    {
      when: (url) => JOB_PATH.test(url.pathname),
      id: [{ url: 'path', pattern: JOB_PATH }],
      title: ['[data-test="job-title"]', '#job-title', '.usajobs-joa-banner__title', 'h1'],
      company: ['[data-test="agency-name"]', '.usajobs-joa-banner__agency', '.usajobs-joa-banner__dept'],
      location: ['[data-test="location"]', '.usajobs-joa-locations__city'],
      description: ['#duties', '#summary', '[data-test="duties"]', '.usajobs-joa-section'],
      jsonLd: true,
    },
  ],
});
