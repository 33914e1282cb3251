// LinkedIn: signed-out search and job view, signed-in classic /jobs/search/ with its detail pane,
// and the 2026 /jobs/search-results/ layout. Ids are the numeric jobPosting ids everywhere.
import { defineSite, type IdSource } from './engine';

const JOB_VIEW_PATH = /\/jobs\/view\/(?:[^/]*?-)?(\d{6,})/;

/** Card ids: urn attributes, data-job-id, componentkey, then the card's link. */
const CARD_IDS: IdSource[] = [
  { attr: 'data-entity-urn', pattern: /jobPosting:(\d+)/ },
  { attr: 'data-job-id', pattern: /(\d+)/ },
  { attr: 'data-occludable-job-id', pattern: /(\d+)/ },
  { attr: 'data-job-id', sel: '[data-job-id]', pattern: /(\d+)/ },
  { attr: 'componentkey', pattern: /jobPosting[:_-]?(\d+)/i },
  { href: 'a[href*="currentJobId="]', param: 'currentJobId' },
  { href: 'a[href*="/jobs/view/"]', pattern: JOB_VIEW_PATH },
];

/** The job shown in full: the URL first (currentJobId on search pages, /jobs/view/<id> pages). */
const DETAIL_IDS: IdSource[] = [
  // The pane's own title link names its job even while the URL is being updated.
  { href: '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]', pattern: JOB_VIEW_PATH },
  { url: 'param', param: 'currentJobId' },
  { url: 'path', pattern: JOB_VIEW_PATH },
  { attr: 'data-job-id', sel: '[data-job-id]', pattern: /(\d+)/ },
  { attr: 'componentkey', sel: '[componentkey*="jobPosting"]', pattern: /jobPosting[:_-]?(\d+)/i },
  { attr: 'href', sel: 'link[rel="canonical"]', pattern: JOB_VIEW_PATH },
];

export const linkedin = defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  // The whole site: signed-in LinkedIn is a single-page app, so a visit that starts on the feed
  // reaches /jobs/ without a page load. matchesUrl keeps the adapter to the jobs pages.
  matches: ['*://*.linkedin.com/*'],
  matchesUrl: (url) => /(^|\.)linkedin\.com$/i.test(url.hostname) && url.pathname.startsWith('/jobs'),
  // Screen-reader extras after the visible title.
  titleSuffixes: [/\s*with verification\s*$/i, /\s*\(verified job\)\s*$/i],
  blocked: {
    paths: [/^\/authwall/],
    selectors: ['form.authwall-join-form', 'main.authwall', '[data-test-id="authwall"]'],
  },
  cards: [
    {
      // 2026 /jobs/search-results/ layout: server-driven UI marked with data-view-name / componentkey.
      card: ['[data-view-name="job-search-job-card"]', '[data-view-name="job-card"]'],
      id: CARD_IDS,
      title: ['[data-view-name="job-card-title"]', 'a[href*="/jobs/view/"] strong', 'a[href*="currentJobId="] strong', 'a[href*="/jobs/view/"]'],
      company: ['[data-view-name="job-card-company"]', '[data-view-name="job-card-subtitle"]'],
      location: ['[data-view-name="job-card-location"]', '[data-view-name="job-card-caption"]'],
    },
    {
      // Signed-in classic /jobs/search/: list items carry data-occludable-job-id, inner div data-job-id.
      card: ['li[data-occludable-job-id]', 'div.job-card-container[data-job-id]'],
      id: CARD_IDS,
      title: ['a.job-card-list__title--link strong', 'a.job-card-list__title', 'a.job-card-container__link strong', 'a[href*="/jobs/view/"]'],
      company: ['.artdeco-entity-lockup__subtitle', '.job-card-container__primary-description'],
      // The title link itself: the <strong> inside it is too deep to hold the badge.
      badgeAnchor: ['.artdeco-entity-lockup__title a', 'a.job-card-list__title--link', 'a.job-card-container__link'],
      location: ['.artdeco-entity-lockup__caption', '.job-card-container__metadata-item'],
    },
    {
      // Signed-out search (ul.jobs-search__results-list) and the job view's "similar jobs" cards.
      card: ['[data-entity-urn*="jobPosting"]'],
      id: CARD_IDS,
      title: ['.base-search-card__title', '.base-main-card__title', 'h3'],
      company: ['.base-search-card__subtitle', '.base-main-card__subtitle', 'h4'],
      location: ['.job-search-card__location', '.main-job-card__location'],
    },
  ],
  detail: [
    {
      // Signed-out job view: the description sits outside the top card, so read the whole page.
      when: (url) => JOB_VIEW_PATH.test(url.pathname),
      id: DETAIL_IDS,
      title: ['.top-card-layout__title', 'h1'],
      company: ['.topcard__org-name-link', '.topcard__flavor'],
      location: ['.topcard__flavor--bullet'],
      description: ['.show-more-less-html__markup', '.description__text', '#job-details'],
      jsonLd: true,
      requireDescription: true,
    },
    {
      // 2026 layout's detail pane.
      root: ['[data-view-name="job-details"]', '[componentkey*="JobDetails"]'],
      id: DETAIL_IDS,
      title: ['[data-view-name="job-details-title"]', 'h1', 'h2'],
      company: ['[data-view-name="job-details-company"]'],
      location: ['[data-view-name="job-details-location"]'],
      description: ['[data-view-name="job-details-about-the-job"]', '[componentkey*="AboutTheJob"]'],
      requireDescription: true,
    },
    {
      // Signed-in classic detail pane (and the signed-in /jobs/view/ page, which uses the same top card).
      root: ['.jobs-search__job-details--container', '.jobs-details', '.job-view-layout'],
      id: DETAIL_IDS,
      title: ['.job-details-jobs-unified-top-card__job-title h1', '.job-details-jobs-unified-top-card__job-title', 'h1', 'h2'],
      company: ['.job-details-jobs-unified-top-card__company-name'],
      location: ['.job-details-jobs-unified-top-card__primary-description-container', '.job-details-jobs-unified-top-card__tertiary-description-container'],
      description: ['#job-details', '.jobs-description__content', '.jobs-box__html-content'],
      requireDescription: true,
    },
  ],
});
