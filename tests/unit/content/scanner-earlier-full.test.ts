// The scanner with full verdicts from earlier page loads (the background's ledger lends a job's
// full verdict to its card).
import { beforeEach, describe, expect, it } from 'vitest';
import { PageScanner } from '../../../src/content/scanner';
import { badgeState } from './badge-state';
import { defaultSettings } from '../../../src/settings/schema';
import type { PageVerdict, ReportedPosting } from '../../../src/shared/protocol';
import { fakeAdapter, fakeBadgeVerdict } from './fake-site';

function setPage(html: string): void {
  document.body.innerHTML = html; // test page only; the extension itself never uses innerHTML
}

const badge = (id: string) => document.querySelector<HTMLElement>(`rolelens-badge[data-job-id="${id}"]`);

/** A background stand-in: jobs in `readInFull` answer as cards with their earlier full verdict. */
function background() {
  const readInFull = new Set<string>();
  const batches: string[][] = [];
  let clock = 0;
  const classify = async (batch: ReportedPosting[]): Promise<PageVerdict[]> => {
    if (batch.length) batches.push(batch.map((r) => r.jobId));
    return batch.map((r) =>
      r.kind === 'card' && readInFull.has(r.jobId)
        ? { jobId: r.jobId, kind: r.kind, verdict: fakeBadgeVerdict('management', 'full'), readInFullEarlier: true, rev: ++clock }
        : { jobId: r.jobId, kind: r.kind, verdict: fakeBadgeVerdict('administration', r.kind === 'card' ? 'title' : 'full'), rev: ++clock },
    );
  };
  return { readInFull, batches, classify };
}

describe('PageScanner and full verdicts from earlier page loads', () => {
  beforeEach(() => setPage(''));

  it('badges the card with the full verdict and does not ask again on re-scans', async () => {
    setPage('<ul><li data-card="a1"><a class="t">Unit Manager</a></li></ul>');
    const bg = background();
    bg.readInFull.add('a1');
    const scanner = new PageScanner({ doc: document, adapter: fakeAdapter, display: defaultSettings().display, classify: bg.classify, onActivate: () => undefined });
    await scanner.scan();
    await scanner.scan();
    expect(bg.batches).toEqual([['a1']]);
    expect(badge('a1')?.dataset.place).toBe('card');
    expect(badgeState(badge('a1'))).toMatchObject({ mode: 'full', label: 'management' });
  });

  it('after a back/forward-cache restore, reports the whole page again and takes the full verdict', async () => {
    setPage('<ul><li data-card="a1"><a class="t">Unit Manager</a></li><li data-card="b2"><a class="t">Clerk</a></li></ul>');
    const bg = background();
    const scanner = new PageScanner({ doc: document, adapter: fakeAdapter, display: defaultSettings().display, classify: bg.classify, onActivate: () => undefined });
    await scanner.scan();
    expect(badgeState(badge('a1')).mode).toBe('title');
    bg.readInFull.add('a1'); // the job page was opened meanwhile
    await scanner.scan();
    expect(bg.batches).toEqual([['a1', 'b2']]);
    await scanner.scan({ resend: true });
    expect(bg.batches).toEqual([['a1', 'b2'], ['a1', 'b2']]);
    expect([badgeState(badge('a1')).mode, badgeState(badge('b2')).mode]).toEqual(['full', 'title']);
  });

  it('answers the popup with what it reported, for what the background could not keep', async () => {
    setPage('<ul><li data-card="a1"><a class="t">Unit Manager</a></li></ul><section id="detail" data-id="a1"><h2>Unit Manager</h2><div class="d">Owns the budget.</div></section>');
    const bg = background();
    const scanner = new PageScanner({ doc: document, adapter: fakeAdapter, display: defaultSettings().display, classify: bg.classify, onActivate: () => undefined });
    await scanner.scan();
    const answer = scanner.pagePostings();
    expect(answer.detailJobId).toBe('a1');
    expect(answer.postings.map((p) => [p.kind, p.posting.description ?? null, p.jobId])).toEqual([
      ['detail', 'Owns the budget.', 'a1'],
      ['card', null, 'a1'],
    ]);
  });
});
