// Which page changes call for a re-scan (issue 11: a ticking page made RoleLens re-read it for as
// long as it ticked). Real MutationRecords from happy-dom's MutationObserver.
import { beforeEach, describe, expect, it } from 'vitest';
import { ChangeFilter } from '../../../src/content/change-filter';

/** The records a change makes, as the page watcher's observer receives them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return records;
}

describe('ChangeFilter', () => {
  let roots: Set<Element> | null;
  let now = 0;
  const filter = () => new ChangeFilter({ roots: () => roots, now: () => now });
  const needs = async (f: ChangeFilter, change: () => void) => (await recordsOf(change)).some((r) => f.needsScan(r));

  beforeEach(() => {
    document.head.innerHTML = '<title>Jobs</title>';
    document.body.innerHTML =
      '<p id="clock">0</p><ul id="list"><li id="c1"><a>Manager</a></li><li id="c2"></li></ul><section id="d"><h2 id="t">Admin</h2><div id="desc">Text</div></section>';
    roots = new Set(['c1', 'list', 't', 'desc'].map((id) => document.getElementById(id)!));
    now = 0;
  });

  it('ignores a clock outside the postings once it has ticked a few times, for good', async () => {
    const f = filter();
    const clock = document.getElementById('clock')!;
    const tick = (n: number) => () => void (clock.textContent = String(n));
    const seen: boolean[] = [];
    for (let n = 1; n <= 6; n++) {
      now += 100;
      seen.push(await needs(f, tick(n)));
    }
    expect(seen).toEqual([true, true, true, false, false, false]);
    now += 60_000; // still a clock a minute later
    expect(await needs(f, tick(7))).toBe(false);
    // Direct edits of the text node are the same ticker.
    expect(await needs(f, () => void ((clock.firstChild as Text).data = '8'))).toBe(false);
  });

  it('always scans for elements coming or going, and for text inside a card, the list or the detail', async () => {
    const f = filter();
    for (let i = 0; i < 5; i++) {
      now += 100;
      expect(await needs(f, () => void (document.getElementById('desc')!.textContent = `Text ${i}`))).toBe(true);
      expect(await needs(f, () => void (document.querySelector('#c1 a')!.textContent = `Manager ${i}`))).toBe(true);
      // A card still being filled in sits in the list: its text counts too.
      expect(await needs(f, () => void (document.getElementById('c2')!.textContent = `Nurse ${i}`))).toBe(true);
      expect(await needs(f, () => document.getElementById('list')!.append(document.createElement('li')))).toBe(true);
      expect(await needs(f, () => document.getElementById('clock')!.append(document.createElement('b')))).toBe(true);
    }
  });

  it('always scans for <head> and script text (titles, JSON-LD, embedded data) and while nothing was found', async () => {
    const f = filter();
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    document.body.append(script);
    for (let i = 0; i < 5; i++) {
      now += 100;
      expect(await needs(f, () => void (document.title = `Jobs ${i}`))).toBe(true);
      expect(await needs(f, () => void (script.textContent = `{"n": ${i}}`))).toBe(true);
    }
    roots = null;
    for (let i = 0; i < 5; i++) expect(await needs(f, () => void (document.getElementById('clock')!.textContent = `${i}`))).toBe(true);
  });
});
