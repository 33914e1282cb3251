// Workday career sites (*.myworkdayjobs.com, *.myworkdaysite.com): job lists and job pages,
// all marked with data-automation-id.
import { defineSite, hostIn } from './engine';

/**
 * ".../job/Germany-Munich/Senior-Nurse-Manager_JR2019510-1" → "JR2019510", "…_R-240101" → "R-240101":
 * an optional letter prefix and digits after the last "_"; a trailing "-1" is a posting suffix.
 */
const JOB_PATH = /\/job\/[^?#]*_((?:[A-Za-z]+[-_]?)?\d+)(?:-\d+)?\/?$/;

export const workday = defineSite({
  id: 'workday',
  name: 'Workday',
  matches: ['*://*.myworkdayjobs.com/*', '*://*.myworkdaysite.com/*'],
  matchesUrl: hostIn(['myworkdayjobs.com', 'myworkdaysite.com']),
  cards: [
    {
      // The job list: li items with a title link (data-automation-id="jobTitle").
      card: ['[data-automation-id="jobResults"] li:has(a[data-automation-id="jobTitle"])', 'li:has(a[data-automation-id="jobTitle"])'],
      id: [
        { text: '[data-automation-id="subtitle"] li', pattern: /([A-Za-z]*[-_]?\d[\w-]*)/ },
        { href: 'a[data-automation-id="jobTitle"]', pattern: JOB_PATH },
      ],
      title: ['a[data-automation-id="jobTitle"]', 'h3 a'],
      location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
      snippet: ['[data-automation-id="postedOn"] dd'],
    },
  ],
  detail: [
    {
      when: (url) => url.pathname.includes('/job/'),
      id: [
        { text: '[data-automation-id="requisitionId"] dd' },
        { url: 'path', pattern: JOB_PATH },
      ],
      title: ['[data-automation-id="jobPostingHeader"]', 'h2', 'h1'],
      location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
      description: ['[data-automation-id="jobPostingDescription"]'],
      jsonLd: true,
    },
  ],
});
