// Small invented job-board pages for the extension's own browser tests (no real postings).
// Built as strings here; page text in them is ours. Structures follow the real boards loosely.

export interface InventedPosting {
  id: string;
  title: string;
  company: string;
  description: string[];
}

/** A schema.org JobPosting JSON-LD script for an invented posting (description as HTML paragraphs). */
export function jobPostingJsonLd(job: { title: string; company: string; paragraphs: string[] }): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    hiringOrganization: { '@type': 'Organization', name: job.company },
    description: job.paragraphs.map((p) => `<p>${p}</p>`).join(''),
  };
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

export const postings: InventedPosting[] = [
  {
    id: '7001',
    title: 'Director of Clinical Operations',
    company: 'Riverside Community Hospital',
    description: [
      'The Director sets the strategic direction for outpatient services across the health system.',
      'You will own the departmental budget, lead managers of six clinics and shape long-term growth plans.',
      'You will build partnerships with physicians and the board to improve quality outcomes.',
    ],
  },
  {
    id: '7002',
    title: 'Medical Office Administrator',
    company: 'Lakeside Family Clinic',
    description: [
      'The administrator keeps the front office running day to day.',
      'You will schedule patient appointments, process insurance billing and maintain medical records.',
      'You will ensure HIPAA compliance and answer patient questions at registration.',
    ],
  },
  {
    id: '7003',
    title: 'Line Cook',
    company: 'Harbor Grill',
    description: ['Prepare meals on the line during dinner service.', 'Keep the kitchen clean.'],
  },
];

/** A Greenhouse-style single job page (`.job__title`, `.job__description`). */
export function greenhouseJobPage(p: InventedPosting): string {
  const paragraphs = p.description.map((d) => `<p>${d}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${p.title}</title></head>
<body><main><div class="job__title"><h1 class="section-header">${p.title}</h1><span class="job__location">Springfield</span></div>
<div class="job__description body">${paragraphs}</div></main></body></html>`;
}

/** A Greenhouse-style board of one company: one `.opening` card per posting, linking to its job page. */
export function greenhouseBoardPage(company: string, cards: { id: string; title: string }[]): string {
  const openings = cards
    .map((c) => `<div class="opening"><a data-mapped="true" href="/${company}/jobs/${c.id}">${c.title}</a><br><span class="location">Springfield</span></div>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jobs at ${company}</title></head>
<body><div id="main"><section class="level-0">${openings}</section></div></body></html>`;
}

export const morePostings: InventedPosting[] = [
  {
    id: 'a1b2c3d4e5f60001',
    title: 'Health Information Management Supervisor',
    company: 'Valley Medical Center',
    description: ['Supervise release of information and coding staff.', 'Maintain medical records accuracy and audit documentation.'],
  },
  {
    id: 'a1b2c3d4e5f60002',
    title: 'Vice President of Patient Care Services',
    company: 'Northstar Health',
    description: ['Lead the strategic plan for nursing and patient care across four hospitals.', 'Own a budget of 90 million dollars and report to the CEO.'],
  },
  {
    id: 'a1b2c3d4e5f60003',
    title: 'Patient Access Representative',
    company: 'Mercy Clinic',
    description: ['Register patients, verify insurance and schedule appointments at the front desk.'],
  },
  {
    id: 'a1b2c3d4e5f60004',
    title: 'Practice Manager',
    company: 'Elm Street Pediatrics',
    description: ['Manage the practice budget and staff, and plan the opening of a second office.'],
  },
];

/** One Indeed-style result card (`.job_seen_beacon`, `a.jcs-JobTitle[data-jk]`). */
export function indeedCard(p: InventedPosting): string {
  return `<li><div class="cardOutline"><div class="job_seen_beacon"><h2 class="jobTitle"><a class="jcs-JobTitle" data-jk="${p.id}" href="/rc/clk?jk=${p.id}"><span title="${p.title}">${p.title}</span></a></h2>
<div class="company_location"><span data-testid="company-name">${p.company}</span><div data-testid="text-location">Springfield, IL</div></div></div></div></li>`;
}

/** The right-hand detail pane (`#jobsearch-ViewjobPaneWrapper`), showing one posting in full. */
export function indeedPane(p: InventedPosting): string {
  return `<h2 data-testid="jobsearch-JobInfoHeader-title"><span>${p.title}</span></h2>
<div data-testid="inlineHeader-companyName">${p.company}</div>
<div id="jobDescriptionText">${p.description.map((d) => `<p>${d}</p>`).join('')}</div>`;
}

/** An Indeed-style search page with cards and the pane showing `selected` (served at ...&vjk=selected). */
export function indeedSearchPage(cards: InventedPosting[], selected: InventedPosting | null): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Healthcare manager jobs</title></head>
<body><div id="mosaic-jobResults"><ul id="results">${cards.map(indeedCard).join('\n')}</ul></div>
<div id="jobsearch-ViewjobPaneWrapper">${selected ? indeedPane(selected) : ''}</div></body></html>`;
}
