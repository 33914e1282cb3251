// Phenom People career sites (the platform behind many hospital career sites). They live on the
// employers' own domains (careers.<hospital>.org, jobs.<system>.org), so no address pattern finds
// them: the page is recognised by its data, the inline `phApp.ddo = {…}` script, and read only in
// the "any page with JobPosting data" mode (see jsonld-any.ts).
//
// Search pages: the rendered job links carry data-ph-at-job-id-text / -title-text / -location-text;
// where a site renders plainer links, a link whose path holds a listed job's id (or sequence
// number) stands in. When no listed posting is rendered at all (not yet, or a trimmed page), the
// data's postings are reported with anchors outside the page: the popup lists them, no badge lands.
// Job pages: jobDetail from the data and/or the JSON-LD JobPosting.
import { looksRendered, pickDescription } from './engine';
import { jobPostingFor } from './jsonld';
import { hasPhenomData, readPhenomData, type PhenomJob } from './phenom-ddo';
import { blockText, cleanText, headingShowing, htmlToText } from './text';
import type { DetailPosting, ListingCard, PageDataAdapter } from './types';

/** Phenom's job links; apply buttons carry the same data attributes but are not cards. */
const JOB_LINK = 'a[data-ph-at-job-id-text]:not([data-ph-at-id="apply-link"])';
/** A card's root: Phenom lists its results as list items. */
const CARD_ROOT = '[data-ph-at-id="jobs-list-item"], li, [role="listitem"]';
const CARD_TEASER = '[data-ph-at-id="jobdescription-text"]';
/** The job page's description as shown. */
const DESCRIPTION = ['[data-ph-at-id="jobdescription-text"]', '[data-ph-at-id="job-description"]', '.jd-info', '.job-description'];
const TITLE_HEADINGS = ['h1', '[data-ph-at-id="job-title"]', 'h2', '[role="heading"]'];
/** ".../us/en/job/P-104461/Nurse-Manager" → "P-104461". */
const JOB_PATH = /\/job\/([^/?#]+)/;

const attr = (element: Element, name: string) => cleanText(element.getAttribute(name)) || undefined;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

// ---- anchors outside the page -------------------------------------------------------------

/**
 * One element per job in an inert document of its own: never connected to the page, so the
 * scanner reports the posting but places no badge (it skips anchors that are not connected).
 * Kept per page so a job keeps the same element across scans.
 */
const offPage = new WeakMap<Document, { inert: Document; byJob: Map<string, Element> }>();

function offPageElement(doc: Document, jobId: string): Element {
  let store = offPage.get(doc);
  if (!store) offPage.set(doc, (store = { inert: doc.implementation.createHTMLDocument(''), byJob: new Map() }));
  let element = store.byJob.get(jobId);
  if (!element) store.byJob.set(jobId, (element = store.inert.createElement('span')));
  return element;
}

// ---- cards ---------------------------------------------------------------------------------

/** The path segments of a link, decoded ("/us/en/job/P-1/x" → ["us","en","job","P-1","x"]). */
function hrefSegments(link: Element, base: URL): string[] {
  try {
    return new URL(link.getAttribute('href') ?? '', base).pathname.split('/').map((part) => decodeURIComponent(part));
  } catch {
    return []; // An unparsable href names no job.
  }
}

/** The deepest element inside the link that shows exactly the title (the badge goes after it). */
function titleWithin(link: Element, title: string): Element {
  let found: Element = link;
  for (const element of link.querySelectorAll('*')) {
    if (same(cleanText(element.textContent), title)) found = element;
  }
  return found;
}

/** Which job a link leads to: its data attribute, else a listed job's id or sequence number in its path. */
type LinkJob = (link: Element) => string | undefined;

/** The list item holding this job's link and no other job's; else the link itself. */
function cardRoot(link: Element, jobId: string, jobOf: LinkJob): Element {
  const root = link.closest(CARD_ROOT);
  if (!root) return link;
  const others = [...root.querySelectorAll('a[href], a[data-ph-at-job-id-text]')].some((other) => {
    const id = jobOf(other);
    return id !== undefined && id !== jobId;
  });
  return others ? link : root;
}

function teaserText(doc: Document, job: PhenomJob | undefined, root: Element): string | undefined {
  if (job?.teaser) return htmlToText(job.teaser, doc) || undefined;
  const shown = root.querySelector(CARD_TEASER);
  return shown ? cleanText(shown.textContent) || undefined : undefined;
}

function findCards(doc: Document, url: URL): ListingCard[] {
  const data = readPhenomData(doc);
  const listed = new Map((data?.searchJobs ?? []).map((job) => [job.jobId, job]));
  // A job page's own posting is its detail, not a card (even where a link to it carries the data attributes).
  const ownJob = data?.detailJob?.jobId;
  const bySeqNo = new Map([...listed.values()].flatMap((job) => (job.seqNo ? [[job.seqNo, job.jobId] as const] : [])));
  const jobOf: LinkJob = (link) => {
    const fromAttr = link.matches(JOB_LINK) ? attr(link, 'data-ph-at-job-id-text') : undefined;
    if (fromAttr) return fromAttr;
    for (const segment of hrefSegments(link, url)) {
      const id = listed.has(segment) ? segment : bySeqNo.get(segment);
      if (id) return id;
    }
    return undefined;
  };

  const byId = new Map<string, ListingCard>();
  const keep = (jobId: string, title: string, link: Element, fromLink: { location?: string } = {}) => {
    const job = listed.get(jobId);
    const element = cardRoot(link, jobId, jobOf);
    const card: ListingCard = {
      jobId,
      title,
      company: job?.company,
      location: fromLink.location ?? job?.location,
      snippet: teaserText(doc, job, element),
      element,
      badgeAnchor: titleWithin(link, title),
    };
    const existing = byId.get(jobId);
    // A card rendered twice (mobile + desktop) is badged where the browser shows it.
    if (existing && (looksRendered(existing.element) || !looksRendered(element))) return;
    byId.set(jobId, card);
  };

  // 1. Rendered job links with Phenom's data attributes.
  for (const link of doc.querySelectorAll(JOB_LINK)) {
    const jobId = attr(link, 'data-ph-at-job-id-text');
    if (!jobId || jobId === ownJob) continue;
    const title = attr(link, 'data-ph-at-job-title-text') ?? (cleanText(link.textContent) || listed.get(jobId)?.title);
    if (title) keep(jobId, title, link, { location: attr(link, 'data-ph-at-job-location-text') });
  }

  // 2. Listed jobs rendered with plainer links: a link whose path holds the job's id (or sequence number).
  const unmatched = [...listed.values()].filter((job) => !byId.has(job.jobId) && job.jobId !== ownJob);
  if (unmatched.length) {
    const links = [...doc.querySelectorAll('a[href]')];
    for (const job of unmatched) {
      const matching = links.filter((link) => jobOf(link) === job.jobId);
      // Of a title link and an "Apply" link to the same job, the one showing the title.
      const wanted = job.title.toLowerCase();
      const link = matching.find((candidate) => cleanText(candidate.textContent).toLowerCase().includes(wanted)) ?? matching[0];
      if (link) keep(job.jobId, job.title, link);
    }
  }
  if (byId.size) return [...byId.values()];

  // 3. Nothing of the list rendered (not yet, or a trimmed page): the data's postings, off the page.
  return [...listed.values()]
    .filter((job) => job.jobId !== ownJob)
    .map((job) => {
      const element = offPageElement(doc, job.jobId);
      return {
        jobId: job.jobId,
        title: job.title,
        company: job.company,
        location: job.location,
        snippet: teaserText(doc, job, element),
        element,
        badgeAnchor: element,
      };
    });
}

// ---- the job page --------------------------------------------------------------------------

/** Not part of a results card (a "similar jobs" list on the job page). */
function outsideCards(element: Element): boolean {
  if (element.closest('a[href]')) return false;
  const root = element.closest(CARD_ROOT);
  return !root?.querySelector(JOB_LINK);
}

function firstOutsideCards(doc: Document, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = [...doc.querySelectorAll(selector)].find(outsideCards);
    if (found) return found;
  }
  return null;
}

/** The heading that shows the title: exactly, else containing it. */
function titleHeading(doc: Document, title: string): Element | null {
  const headings = TITLE_HEADINGS.flatMap((selector) => [...doc.querySelectorAll(selector)]).filter(outsideCards);
  return headingShowing(headings, title) ?? null;
}

function findDetail(doc: Document, url: URL): DetailPosting | null {
  const job = readPhenomData(doc)?.detailJob ?? undefined;
  const info = doc.querySelector('[data-ph-at-job-id-text]:not(a)');
  const pageId = job?.jobId ?? (info ? attr(info, 'data-ph-at-job-id-text') : undefined);
  const ld = jobPostingFor(doc, pageId);
  if (!job && !ld) return null;
  const jobId = pageId ?? ld?.identifier ?? JOB_PATH.exec(url.pathname)?.[1];
  const title = job?.title ?? ld?.title;
  if (!jobId || !title) return null;

  const descriptionElement = firstOutsideCards(doc, DESCRIPTION) ?? undefined;
  const shown = descriptionElement ? blockText(descriptionElement) : '';
  const fromData = job?.description ? htmlToText(job.description, doc) : '';
  const fromLd = ld?.description ?? '';
  const full = fromData.length >= fromLd.length ? fromData : fromLd;
  const teaser = job?.teaser ? htmlToText(job.teaser, doc) : '';
  return {
    jobId,
    title,
    company: job?.company ?? ld?.company,
    location: job?.location ?? ld?.location,
    description: pickDescription(shown, full) || teaser,
    descriptionElement,
    // Without a heading showing the title, the posting is still read (the popup explains it), unbadged.
    badgeAnchor: titleHeading(doc, title) ?? offPageElement(doc, jobId),
  };
}

export const phenom: PageDataAdapter = {
  id: 'phenom',
  name: 'Phenom People career sites',
  matches: [],
  matchesUrl: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  recognises: hasPhenomData,
  isBlocked: () => false,
  findCards,
  findDetail,
};
