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
      // The card is the result block; the id sits on its title link (data-document-id) and in its href.
      card: ['.usajobs-search-result--core', '[data-test="search-result"]', '.usajobs-search-result--item'],
      id: [
        { attr: 'data-document-id', sel: '[data-document-id]', pattern: /(\d+)/ },
        { href: 'a[href*="/job/"]', pattern: JOB_PATH },
        { href: 'a[href*="/GetJob/ViewDetails/"]', pattern: JOB_PATH },
      ],
      title: ['[data-test="search-result-title"]', 'a.usajobs-search-result--core__title', '.usajobs-search-result--item__header a', 'h2 a', 'a[href*="/job/"]'],
      company: ['[data-test="search-result-agency"]', '.usajobs-search-result--core__agency', '.usajobs-search-result--core__department', '.usajobs-search-result--item__department'],
      location: ['[data-test="search-result-location"]', '.usajobs-search-result--core__location', '.usajobs-search-result--item__location'],
      snippet: ['[data-test="search-result-summary"]', '.usajobs-search-result--core__summary'],
    },
  ],
  detail: [
    {
      when: (url) => JOB_PATH.test(url.pathname),
      id: [{ url: 'path', pattern: JOB_PATH }],
      title: ['h1#job-title', '.usajobs-joa-banner__title', '[data-test="job-title"]', 'h1'],
      company: ['.usajobs-joa-banner__agency', '.usajobs-joa-banner__hiring-organization', '.usajobs-joa-banner__dept', '[data-test="agency-name"]'],
      location: ['.usajobs-joa-locations__list-item', '.usajobs-joa-locations__location', '[data-test="location"]'],
      description: ['#summary', '#duties', '#requirements'],
      joinDescription: true,
      jsonLd: true,
    },
  ],
});
