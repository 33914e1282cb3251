// The boards the options page lists. INTERIM: reads the content script's interim registry until
// src/sites/registry.ts lands; then import { siteAdapters } from '../../sites/registry'.
import { siteAdapters } from '../../content/interim-registry';
import type { SiteInfo } from './SitesSection';

export function siteList(): SiteInfo[] {
  return siteAdapters.map((a) => ({ id: a.id, name: a.name }));
}
