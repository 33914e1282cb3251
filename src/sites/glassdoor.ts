// Glassdoor on every country domain: search pages (with the job pane) and job-listing pages.
// Class names here are CSS-module hashes, so only data-test / data-jobid / ids are used.
import { defineSite, hostIn } from './engine';

/** Glassdoor's country sites; language subdomains (nl.glassdoor.be, de.glassdoor.ch) included. */
export const GLASSDOOR_DOMAINS = [
  'glassdoor.com', 'glassdoor.co.uk', 'glassdoor.fr', 'glassdoor.de', 'glassdoor.ca',
  'glassdoor.com.au', 'glassdoor.co.in', 'glassdoor.ie', 'glassdoor.nl', 'glassdoor.be',
  'glassdoor.at', 'glassdoor.ch', 'glassdoor.es', 'glassdoor.it', 'glassdoor.com.mx',
  'glassdoor.com.br', 'glassdoor.sg', 'glassdoor.com.hk', 'glassdoor.co.nz', 'glassdoor.com.ar',
] as const;

export const glassdoor = defineSite({
  id: 'glassdoor',
  name: 'Glassdoor',
  matches: GLASSDOOR_DOMAINS.map((domain) => `*://*.${domain}/*`),
  matchesUrl: hostIn(GLASSDOOR_DOMAINS),
  blocked: {
    // "Security | Glassdoor" interstitial ("Help Us Protect Glassdoor").
    titles: [/^Security \| Glassdoor$/i],
    selectors: ['#px-captcha'],
  },
  cards: [
    {
      card: ['li[data-test="jobListing"][data-jobid]', '[data-test="jobListing"]', 'li[data-jobid]'],
      id: [
        { attr: 'data-jobid' },
        { attr: 'data-id' },
        { attr: 'id', sel: 'a[id^="job-title-"]', pattern: /^job-title-(\d+)$/ },
        { href: 'a[href*="jl="]', param: 'jl' },
        { href: 'a[href*="jobListingId="]', param: 'jobListingId' },
      ],
      title: ['a[data-test="job-title"]', 'a[id^="job-title-"]', '[data-test="job-link"]'],
      company: ['[data-test="employer-name"]', '[id^="job-employer-"] span', '[id^="job-employer-"] img[alt]'],
      location: ['[data-test="emp-location"]', '[id^="job-location-"]'],
      snippet: ['[data-test="descSnippet"]', '[id^="job-snippet-"]'],
    },
  ],
  detail: [
    {
      // Search page pane, and the /job-listing/ page (same JobDetails component).
      root: ['[data-test="job-details"]', '[data-test="JobDetails"]', 'main', 'body'],
      id: [
        { url: 'param', param: 'jl' },
        { url: 'param', param: 'jobListingId' },
        { attr: 'id', sel: 'h1[id^="jd-job-title-"]', pattern: /^jd-job-title-(\d+)$/ },
        { attr: 'data-brandviews', sel: '[data-test="job-details-header"]', pattern: /jlid=(\d+)/ },
        { attr: 'data-jobid', sel: 'li[data-jobid]:has([data-selected="true"])', global: true },
      ],
      title: ['h1[id^="jd-job-title-"]', '[data-test="job-details-header"] h1', '[data-test="job-details"] h1'],
      // The employer link in the header points to the employer's overview page ("…-EI_IE8450…").
      company: ['[data-test="employer-name"]', '[data-test="job-details-header"] a[href*="EI_IE"] h4', '[data-test="job-details-header"] h4'],
      location: ['[data-test="location"]', '[data-test="job-details-header"] [data-test="emp-location"]'],
      // The description block has no data-test; its brand-view tag is stable, the class hash is not.
      description: [
        '[data-test="jobDescriptionContent"]',
        '[data-brandviews*="joblisting-serp-page"]',
        '[data-brandviews*="joblisting-page"]',
        '[class^="JobDetails_jobDescription"]',
        '#JobDescriptionContainer',
      ],
      jsonLd: true,
      requireDescription: true,
    },
  ],
});
