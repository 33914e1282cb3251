// The boards the options page lists, from the site registry. The generic JSON-LD adapter is not
// listed: it is the "any page with JobPosting data" switch, which needs a permission.
import { siteAdapters } from '../../sites/registry';
import type { SiteInfo } from './SitesSection';

const ANY_PAGE_ADAPTER = 'jsonld-any';

export function siteList(): SiteInfo[] {
  return siteAdapters.filter((a) => a.id !== ANY_PAGE_ADAPTER).map((a) => ({ id: a.id, name: a.name }));
}
