// Every site adapter, in priority order (the first whose URL test passes handles the page).
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { indeed } from './indeed';
import { anyPageAdapter } from './jsonld-any';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { phenom } from './phenom';
import type { PageDataAdapter, SiteAdapter } from './types';
import { usajobs } from './usajobs';
import { workday } from './workday';
import { ziprecruiter } from './ziprecruiter';

/** Career platforms recognised by their page data, read before the generic JSON-LD (opt-in pages only). */
export const pageDataAdapters: readonly PageDataAdapter[] = [phenom];
const jsonldAny = anyPageAdapter(pageDataAdapters);

/** All adapters; the generic JSON-LD one last, and only used when the user enables it. */
export const siteAdapters: readonly SiteAdapter[] = [
  linkedin,
  indeed,
  glassdoor,
  ziprecruiter,
  usajobs,
  workday,
  greenhouse,
  lever,
  icims,
  jsonldAny,
];

export interface AdapterOptions {
  /** The "any page with JobPosting data" option (needs the optional host permission). */
  anyJobPostingPage?: boolean;
}

export function adapterForUrl(url: URL, opts: AdapterOptions = {}): SiteAdapter | null {
  for (const adapter of siteAdapters) {
    if (adapter === jsonldAny && !opts.anyJobPostingPage) continue;
    if (adapter.matchesUrl(url)) return adapter;
  }
  return null;
}

/** The union of the adapters' match patterns, for the manifest's content script. */
export function contentScriptMatches(): string[] {
  return [...new Set(siteAdapters.flatMap((adapter) => adapter.matches))];
}
