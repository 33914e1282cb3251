// Indeed: search pages with the right-hand job pane, /viewjob pages, every country subdomain
// (uk.indeed.com, au.indeed.com, …). Job ids are the 16-hex "jk" keys.
import { defineSite } from './engine';

const VIEWJOB = /\/(?:m\/)?viewjob/;

export const indeed = defineSite({
  id: 'indeed',
  name: 'Indeed',
  matches: ['*://*.indeed.com/*'],
  matchesUrl: (url) => /(^|\.)indeed\.com$/i.test(url.hostname),
  blocked: {
    titles: [/^hCaptcha/i, /^Security Check - Indeed/i, /^Blocked - Indeed/i],
    selectors: ['#px-captcha', 'form[action*="captcha"]'],
  },
  // The pane's heading ends with a visually hidden " - job post".
  titleSuffixes: [/\s*-\s*job post\s*$/i],
  cards: [
    {
      // Each result: div.job_seen_beacon (inside li), title link a[data-jk] with span[title].
      card: ['.job_seen_beacon', '[data-testid="slider_item"]'],
      id: [
        { attr: 'data-jk', sel: 'a[data-jk]' },
        { attr: 'data-jk', sel: '[data-jk]' },
        { attr: 'id', sel: 'span[id^="jobTitle-"]', pattern: /^jobTitle-([0-9a-f]+)$/ },
        { href: 'a[href*="jk="]', param: 'jk' },
      ],
      title: ['a[data-jk] span[title]', 'h2.jobTitle span[title]', '[data-testid="jobTitle"]', 'a[data-jk]'],
      company: ['[data-testid="company-name"]', '.companyName'],
      location: ['[data-testid="text-location"]', '.companyLocation'],
      snippet: ['[data-testid="jobsnippet_footer"]', '.job-snippet', '[data-testid="belowJobSnippet"]'],
      badgeAnchor: ['h2.jobTitle', 'a[data-jk]'],
      embedded: {
        marker: 'window.mosaic.providerData["mosaic-provider-jobcards"]=',
        path: ['metaData', 'mosaicProviderJobCardsModel', 'results'],
        idKey: 'jobkey',
        fields: { title: 'displayTitle', company: 'company', location: 'formattedLocation', snippet: 'snippet' },
      },
    },
  ],
  detail: [
    {
      // Standalone /viewjob page: JSON-LD JobPosting present.
      when: (url) => VIEWJOB.test(url.pathname),
      root: ['#viewJobSSRRoot', 'body'],
      id: [
        { url: 'param', param: 'jk' },
        { attr: 'href', sel: 'link[rel="canonical"]', pattern: /[?&]jk=([0-9a-f]+)/ },
      ],
      title: ['[data-testid="jobsearch-JobInfoHeader-title"]', 'h1'],
      company: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]'],
      location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]'],
      description: ['#jobDescriptionText', '[data-testid="jobDescriptionText"]'],
      jsonLd: true,
    },
    {
      // Search page pane: the shown job is the URL's vjk, else the highlighted card.
      root: ['#jobsearch-ViewjobPaneWrapper', '[data-testid="jobsearch-ViewjobPaneWrapper"]', '.jobsearch-RightPane'],
      id: [
        { url: 'param', param: 'vjk' },
        { url: 'param', param: 'jk' },
        { attr: 'data-jk', sel: '[data-jk]' },
        // The highlighted card in the results list is the one the pane shows.
        { attr: 'data-jk', sel: '.vjs-highlight [data-jk]', global: true },
        { attr: 'data-jk', sel: '[aria-current="true"] [data-jk]', global: true },
      ],
      title: ['[data-testid="jobsearch-JobInfoHeader-title"]', 'h2', 'h1'],
      company: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]'],
      location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]'],
      description: ['#jobDescriptionText', '[data-testid="jobDescriptionText"]'],
      requireDescription: true,
    },
  ],
});
