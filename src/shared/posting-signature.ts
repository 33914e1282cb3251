// What identifies the text a verdict was made from: the content script re-sends a posting whose
// text changed (an edited pane), and the background's ledger reuses a verdict made from the same
// text. A hash, not the text itself: a 1 MB description would otherwise be its own key.
import type { ReportedPosting } from './protocol';

/** cyrb53: a fast 53-bit string hash (public domain); collisions only cost a re-classification. */
function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The posting's text as one string: the exact key a page compares what it sent by (in memory). */
export function postingKey(report: Pick<ReportedPosting, 'kind' | 'posting'>): string {
  const p = report.posting;
  return [report.kind, p.title, p.company ?? '', p.location ?? '', p.description ?? ''].join('\u0001');
}

/** A short signature of that text, for what is kept in storage. */
export function postingSignature(report: Pick<ReportedPosting, 'kind' | 'posting'>): string {
  const key = postingKey(report);
  return `${key.length}:${hash53(key)}`;
}

/** Identifies the classifier settings a verdict was made with (a stale verdict must never match). */
export function settingsSignature(settings: unknown): string {
  const text = JSON.stringify(settings);
  return `${text.length}:${hash53(text)}:${hash53(text, 1)}`;
}
