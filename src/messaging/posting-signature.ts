// What identifies the text a verdict was made from: the content script re-sends a posting whose
// text changed (an edited pane), and the background memoises verdicts by it.
import type { ReportedPosting } from './protocol';

export function postingSignature(report: ReportedPosting): string {
  const p = report.posting;
  return [report.kind, p.title, p.company ?? '', p.location ?? '', p.description ?? ''].join('\u0001');
}
