// A tiny fake board for the scanner's tests: cards are <li data-card="ID"><a class="t">title</a></li>,
// the detail pane is <section id="detail" data-id="ID"><h2>title</h2><div class="d">text</div></section>,
// and a page with <div id="wall"> is a bot wall.
import type { Label, Verdict } from '../../../src/classifier/types';
import type { BadgeVerdict, PageScan, PageVerdict, ReportedPosting } from '../../../src/shared/protocol';
import type { DetailPosting, ListingCard, SiteAdapter } from '../../../src/sites/types';

export const fakeAdapter: SiteAdapter = {
  id: 'fake',
  name: 'Fake board',
  matches: ['*://fake.test/*'],
  matchesUrl: (url) => url.hostname === 'fake.test',
  isBlocked: (doc) => !!doc.getElementById('wall'),
  findCards(doc): ListingCard[] {
    return [...doc.querySelectorAll('[data-card]')].map((element) => {
      const anchor = element.querySelector('.t') ?? element;
      return { jobId: element.getAttribute('data-card') ?? '', title: anchor.textContent ?? '', element, badgeAnchor: anchor };
    });
  },
  findDetail(doc): DetailPosting | null {
    const pane = doc.getElementById('detail');
    const title = pane?.querySelector('h2');
    const description = pane?.querySelector('.d');
    if (!pane || !title || !description) return null;
    return {
      jobId: pane.getAttribute('data-id') ?? '',
      title: title.textContent ?? '',
      description: description.textContent ?? '',
      descriptionElement: description,
      badgeAnchor: title,
    };
  },
};

/** Label from the title's first word, so tests can steer verdicts: "Manager …" → management. */
export function labelFor(title: string): Label {
  if (/^manag/i.test(title)) return 'management';
  if (/^admin/i.test(title)) return 'administration';
  if (/^both/i.test(title)) return 'balanced';
  return 'not_applicable';
}

export function fakeVerdict(label: Label, mode: 'title' | 'full', confidence = 0.8): Verdict {
  return {
    label,
    lean: label === 'management' ? 0.6 : label === 'administration' ? -0.6 : 0,
    confidence,
    relevance: { relevant: label !== 'not_applicable', reason: 'test' },
    seniority: 'mid',
    scope: 'department',
    duties: { management: 1, administration: 1 },
    decidedBy: 'duties',
    specializations: [],
    evidence: [
      { criterionId: 'strategic_planning', side: 'management', weight: 0.9, cue: 'strategy', sentence: 'Sets strategy.', field: 'description', start: 0, end: 8, sentenceStart: 0, sentenceEnd: 14, zone: 'duties' },
      { criterionId: 'daily_operations', side: 'administration', weight: -0.4, cue: 'schedules', sentence: 'Keeps schedules.', field: 'description', start: 0, end: 9, sentenceStart: 0, sentenceEnd: 16, zone: 'duties' },
      { criterionId: 'budget', side: 'management', weight: 0.2, cue: 'budget', sentence: 'Owns the budget.', field: 'description', start: 0, end: 6, sentenceStart: 0, sentenceEnd: 16, zone: 'duties' },
    ],
    mode,
  };
}

/** A verdict as a page receives it (what its badge shows). */
export function fakeBadgeVerdict(label: Label, mode: 'title' | 'full', confidence = 0.8): BadgeVerdict {
  return { label, confidence, mode, reasons: ['“strategy” — Strategic planning', '“schedules” — Daily operations'] };
}

/** A classify() stand-in that records every non-empty batch it was sent, and every scan reported. */
export function recordingClassifier() {
  const batches: ReportedPosting[][] = [];
  const scans: PageScan[] = [];
  let clock = 0;
  const classify = async (batch: ReportedPosting[], scan?: PageScan): Promise<PageVerdict[]> => {
    if (scan) scans.push(scan);
    if (batch.length) batches.push(batch);
    return batch.map((r) => ({
      jobId: r.jobId,
      kind: r.kind,
      verdict: fakeBadgeVerdict(labelFor(r.posting.title), r.kind === 'card' ? 'title' : 'full'),
      rev: ++clock,
    }));
  };
  return { batches, scans, classify };
}
