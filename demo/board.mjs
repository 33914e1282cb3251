// The RoleLens demo job board: a career site of invented healthcare postings, rendered the way a
// Workday tenant renders its job search and job pages (data-automation-id attributes, job id at the
// end of the job URL, schema.org JobPosting JSON-LD on each job page). The extension's content
// script only runs on real board hosts, so callers serve these pages at DEMO_ORIGIN by request
// interception (Playwright's context.route, puppeteer's request interception); nothing is online.
import { readFileSync } from 'node:fs';

/** An invented tenant on Workday's real domain, so the Workday adapter's match patterns apply. */
export const DEMO_ORIGIN = 'https://rolelens-demo.wd1.myworkdayjobs.com';
export const DEMO_SITE_PATH = '/en-US/RiverbendCareers';
export const DEMO_LIST_URL = `${DEMO_ORIGIN}${DEMO_SITE_PATH}`;

const data = JSON.parse(readFileSync(new URL('./postings.json', import.meta.url), 'utf8'));
const css = readFileSync(new URL('./board.css', import.meta.url), 'utf8');

/** @type {string} */
export const employer = data.employer;
/** @type {import('./board.mjs').DemoPosting[]} */
export const postings = data.postings;

// Server-side rendering of our own data: every text goes through escapeHtml.
const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const slug = (text) => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Workday's job URL shape: /<locale>/<site>/job/<Location>/<Title>_<requisition id>. */
export function detailUrl(posting) {
  return `${DEMO_LIST_URL}/job/${slug(posting.location)}/${slug(posting.title)}_${posting.id}`;
}

function page(title, body, head = '') {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
${head}
</head>
<body>
<header class="site-header" data-automation-id="header">
  <a class="brand" data-automation-id="logoLink" href="${DEMO_LIST_URL}">
    <span class="brand-mark" aria-hidden="true">R</span>
    <span>${escapeHtml(employer)} <span class="brand-sub">Careers</span></span>
  </a>
  <span class="demo-note">RoleLens demo board · invented postings</span>
</header>
<main data-automation-id="main">
${body}
</main>
</body>
</html>
`;
}

function card(posting) {
  return `    <li class="job-card">
      <div class="job-card-title"><h3><a data-automation-id="jobTitle" href="${escapeHtml(detailUrl(posting))}">${escapeHtml(posting.title)}</a></h3></div>
      <div class="job-card-meta">
        <div data-automation-id="locations"><dl><dt>locations</dt><dd>${escapeHtml(posting.location)}</dd></dl></div>
        <div data-automation-id="postedOn"><dl><dt>posted on</dt><dd>${escapeHtml(posting.postedOn)}</dd></dl></div>
      </div>
      <ul data-automation-id="subtitle" class="job-card-id"><li>${escapeHtml(posting.id)}</li></ul>
    </li>`;
}

/** The search-results page. `list` defaults to the demo postings (the page benchmark passes more). */
export function renderList(list = postings) {
  const body = `<section class="search" data-automation-id="jobResults">
  <div class="search-bar">
    <label class="search-box"><span class="visually-hidden">Search for jobs or keywords</span>
      <input data-automation-id="keywordSearchInput" type="search" placeholder="Search for jobs or keywords" value="">
    </label>
  </div>
  <p class="found" data-automation-id="jobFoundText">${list.length} JOBS FOUND</p>
  <ul role="list" class="job-list" aria-label="Page 1 of 1">
${list.map(card).join('\n')}
  </ul>
</section>`;
  return page(`Careers at ${employer}`, body);
}

function jsonLd(posting) {
  const description = [
    `<p>${escapeHtml(posting.summary)}</p>`,
    `<p><b>What you will do</b></p><ul>${posting.duties.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>`,
    `<p><b>What you bring</b></p><ul>${posting.qualifications.map((q) => `<li>${escapeHtml(q)}</li>`).join('')}</ul>`,
  ].join('');
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: posting.title,
    identifier: { '@type': 'PropertyValue', name: employer, value: posting.id },
    hiringOrganization: { '@type': 'Organization', name: employer },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: posting.location } },
    employmentType: posting.timeType === 'Full time' ? 'FULL_TIME' : 'PART_TIME',
    datePosted: '2026-11-20',
    // Workday (like most boards) puts the description in JSON-LD as HTML.
    description,
  };
  // "<" escaped so no posting text can close the script element.
  return `<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>`;
}

/** One job page, laid out like Workday's: header, details list, description. */
export function renderDetail(posting) {
  const detail = (automationId, label, value) =>
    `<div data-automation-id="${automationId}"><dl><dt>${label}</dt><dd>${escapeHtml(value)}</dd></dl></div>`;
  const list = (items) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  const body = `<div class="job-page" data-automation-id="jobPostingPage">
  <p class="back"><a href="${DEMO_LIST_URL}">← Back to all jobs</a></p>
  <article class="job">
    <h2 data-automation-id="jobPostingHeader">${escapeHtml(posting.title)}</h2>
    <div class="job-details" data-automation-id="job-posting-details">
      ${detail('locations', 'locations', posting.location)}
      ${detail('time', 'time type', posting.timeType)}
      ${detail('postedOn', 'posted on', posting.postedOn)}
      ${detail('requisitionId', 'job requisition id', posting.id)}
    </div>
    <div class="job-description" data-automation-id="jobPostingDescription">
      <p>${escapeHtml(posting.summary)}</p>
      <p><b>What you will do</b></p>
      ${list(posting.duties)}
      <p><b>What you bring</b></p>
      ${list(posting.qualifications)}
      <p>${escapeHtml(employer)} is an equal opportunity employer.</p>
    </div>
  </article>
</div>`;
  return page(`${posting.title} - ${employer}`, body, jsonLd(posting));
}

/**
 * The response for any URL on the demo tenant, for a request interceptor: the results list, a job
 * page, or a 404 page. Returns null for other hosts (the caller blocks those: nothing goes online).
 */
export function respond(url, list = postings) {
  const u = new URL(url);
  if (u.origin !== DEMO_ORIGIN) return null;
  const html = (status, body) => ({ status, contentType: 'text/html; charset=utf-8', body });
  const pathname = u.pathname.replace(/\/$/, '');
  if (pathname === DEMO_SITE_PATH || pathname === '') return html(200, renderList(list));
  const match = /\/job\/[^/]+\/[^/]+_([A-Za-z0-9]+)$/.exec(pathname);
  const posting = match && list.find((p) => p.id === match[1]);
  if (posting && pathname === new URL(detailUrl(posting)).pathname) return html(200, renderDetail(posting));
  return html(404, page('Page not found', `<p class="found">No such page. <a href="${DEMO_LIST_URL}">All jobs</a></p>`));
}

/** `count` distinct postings for load tests: the demo postings repeated with unique ids. */
export function manyPostings(count) {
  return Array.from({ length: count }, (_, i) => {
    const base = postings[i % postings.length];
    return { ...base, id: `${base.id}${String(i).padStart(4, '0')}` };
  });
}
