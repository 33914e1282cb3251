// The shortlist's bounds, shared by the store, validation, imports and the page.

/**
 * The most jobs a shortlist keeps. A saved job is about 1–3 kB, so 200 stay far below the
 * browser's storage.local quota (10 MB in Chrome), and the page lists them without paging.
 */
export const SHORTLIST_MAX = 200;
export const NOTE_MAX = 2000;
export const QUOTES_MAX = 3;
export const TRAINING_MAX = 5;
export const TRAINING_SENTENCES_MAX = 8;
export const SENTENCE_MAX = 600;
export const TITLE_MAX = 300;
export const LINK_MAX = 2000;
/** Far above any real export (200 jobs); refuses a wrong file early. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export function shortlistFullMessage(max = SHORTLIST_MAX): string {
  return `Your shortlist is full: it keeps at most ${max} jobs. Remove some on the shortlist page to save more.`;
}
