// The user's settings as one typed object. Storage, migrations and validation build on this.
import type { ClassifierSettings, Label } from '../classifier/types';
import { defaultClassifierSettings } from '../classifier/settings';

export interface DisplaySettings {
  /** Compact ("Mgmt 82%") or full ("Management 82%") badges on cards; a job page's own badge is always full. */
  badgeStyle: 'compact' | 'full';
  /** What to do with postings that are not healthcare management/administration roles. */
  notApplicable: 'show' | 'dim' | 'hide';
  /** Dim or hide cards that are not of the chosen tag (the popup's filter writes this too). */
  tagFilter: { mode: 'off' | 'dim' | 'hide'; label: Label | null };
  /** Below this confidence the badge says "Unsure" instead of a tag. */
  minConfidence: number;
  /** Colour scheme of the extension's own pages (since v2). */
  theme: 'auto' | 'light' | 'dark';
}

export interface SiteSettings {
  /** Per adapter id; missing = enabled. */
  enabled: Record<string, boolean>;
  /** "Any page with JobPosting data": needs the optional host permission. */
  anyJobPostingPage: boolean;
}

export interface Settings {
  classifier: ClassifierSettings;
  display: DisplaySettings;
  sites: SiteSettings;
}

export function defaultSettings(): Settings {
  return {
    classifier: defaultClassifierSettings(),
    display: {
      badgeStyle: 'compact',
      notApplicable: 'dim',
      tagFilter: { mode: 'off', label: null },
      minConfidence: 0,
      theme: 'auto',
    },
    sites: { enabled: {}, anyJobPostingPage: false },
  };
}
