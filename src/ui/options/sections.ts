// The options page's sections, in page order: the navigation lists them and the address's hash
// names one (options.html#weights). A section's element id is its hash; Section.tsx takes the
// "rl-" ids the section components pass and drops the prefix.

export interface OptionsSectionInfo {
  /** The hash and element id, e.g. 'weights'. */
  hash: string;
  title: string;
}

export const optionsSections: readonly OptionsSectionInfo[] = [
  { hash: 'preview', title: 'Live preview' },
  { hash: 'weights', title: 'Criterion weights' },
  { hash: 'thresholds', title: 'Thresholds' },
  { hash: 'corrections', title: 'Your corrections' },
  { hash: 'cues', title: 'Custom cues' },
  { hash: 'display', title: 'Display' },
  { hash: 'sites', title: 'Sites' },
  { hash: 'training', title: 'Training catalogue' },
  { hash: 'transfer', title: 'Export and import' },
];

/** 'rl-weights' → 'weights' */
export function sectionHash(id: string): string {
  return id.replace(/^rl-/, '');
}

/** The section a location hash names, or null ('#weights' → 'weights'). */
export function sectionFromHash(hash: string): string | null {
  const name = decodeURIComponent(hash.replace(/^#/, ''));
  return optionsSections.some((s) => s.hash === name) ? name : null;
}
