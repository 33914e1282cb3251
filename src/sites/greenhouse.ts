// Greenhouse job boards: the new job-boards.greenhouse.io and the classic boards.greenhouse.io
// (board lists and job pages). Job ids are the numeric /jobs/<id>.
import { defineSite } from './engine';

const JOB_PATH = /\/jobs\/(\d+)/;

export const greenhouse = defineSite({
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: ['*://*.greenhouse.io/*'],
  matchesUrl: (url) => /(^|\.)greenhouse\.io$/i.test(url.hostname) && !url.hostname.startsWith('app.'),
  // The new boards append a "New" tag inside the title paragraph.
  titleSuffixes: [/\s+New$/],
  cards: [
    {
      // New boards: tr.job-post rows; classic boards: div.opening.
      card: ['tr.job-post', '.job-posts .job-post', 'div.opening', '[data-mapped="true"].opening'],
      id: [{ href: 'a[href*="/jobs/"]', pattern: JOB_PATH }],
      title: ['a[href*="/jobs/"] p.body--medium', 'a[href*="/jobs/"]'],
      location: ['p.body--metadata', '.location'],
    },
  ],
  detail: [
    {
      when: (url) => JOB_PATH.test(url.pathname),
      id: [{ url: 'path', pattern: JOB_PATH }, { url: 'param', param: 'gh_jid' }],
      title: ['.job__title h1', '.app-title', 'h1'],
      company: ['.company-name', '.logo img[alt]', 'img[alt$=" Logo"]', 'img[alt$=" logo"]'],
      location: ['.job__location', '.location'],
      description: ['.job__description', '#content', '.job-post-container'],
      jsonLd: true,
    },
  ],
});
