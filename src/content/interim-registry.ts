// INTERIM, until src/sites/registry.ts lands (the site-adapter work owns it): one Greenhouse
// adapter so the content script can be built and tested end to end. Delete when switching.
import type { SiteAdapter } from '../sites/types';

const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: ['*://*.greenhouse.io/*'],
  matchesUrl: (url) => url.hostname.endsWith('greenhouse.io'),
  isBlocked: () => false,
  findCards: () => [],
  findDetail(doc, url) {
    const title = doc.querySelector('.job__title h1') ?? doc.querySelector('.job__title');
    const description = doc.querySelector('.job__description');
    const jobId = /\/jobs\/(\d+)/.exec(url.pathname)?.[1];
    if (!title || !description || !jobId) return null;
    return {
      jobId,
      title: (title.textContent ?? '').trim(),
      description: (description.textContent ?? '').trim(),
      descriptionElement: description,
      badgeAnchor: title,
    };
  },
};

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const indeed: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  matches: ['*://*.indeed.com/*'],
  matchesUrl: (url) => /(^|\.)indeed\.com$/.test(url.hostname),
  isBlocked: (doc) => /just a moment|security check/i.test(doc.title),
  findCards(doc) {
    return [...doc.querySelectorAll('.job_seen_beacon')].flatMap((element) => {
      const link = element.querySelector('a.jcs-JobTitle[data-jk]');
      const jobId = link?.getAttribute('data-jk');
      if (!link || !jobId) return [];
      return [{ jobId, title: text(link), element, badgeAnchor: link }];
    });
  },
  findDetail(doc, url) {
    const title = doc.querySelector('[data-testid="jobsearch-JobInfoHeader-title"]');
    const description = doc.querySelector('#jobDescriptionText');
    const jobId = url.searchParams.get('vjk') ?? url.searchParams.get('jk');
    if (!title || !description || !jobId) return null;
    return { jobId, title: text(title), description: text(description), descriptionElement: description, badgeAnchor: title };
  },
};

export const siteAdapters: SiteAdapter[] = [greenhouse, indeed];

export function adapterForUrl(url: URL, _options: { anyJobPostingPage: boolean }): SiteAdapter | null {
  return siteAdapters.find((a) => a.matchesUrl(url)) ?? null;
}

export function contentScriptMatches(): string[] {
  return siteAdapters.flatMap((a) => a.matches);
}
