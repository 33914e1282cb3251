// Small invented job-board pages for the extension's own browser tests (no real postings).
// Built as strings here; page text in them is ours. Structures follow the real boards loosely.

export interface InventedPosting {
  id: string;
  title: string;
  company: string;
  description: string[];
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
