import { beforeEach, describe, expect, it } from 'vitest';
import { PageScanner } from '../../../src/content/scanner';
import { badgeState } from './badge-state';
import { defaultSettings } from '../../../src/settings/schema';
import type { DisplaySettings } from '../../../src/settings/schema';
import { fakeAdapter, recordingClassifier } from './fake-site';

function card(id: string, title: string): string {
  return `<li data-card="${id}"><a class="t">${title}</a><span class="co">Acme Health</span></li>`;
}

function setPage(html: string): void {
  document.body.innerHTML = html; // test page only; the extension itself never uses innerHTML
}

function badges(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('rolelens-badge')];
}

function makeScanner(display: Partial<DisplaySettings> = {}) {
  const recorder = recordingClassifier();
  const activated: string[] = [];
  const scanner = new PageScanner({
    doc: document,
    adapter: fakeAdapter,
    display: { ...defaultSettings().display, ...display },
    classify: recorder.classify,
    onActivate: (id) => activated.push(id),
  });
  return { scanner, ...recorder, activated };
}

describe('PageScanner', () => {
  beforeEach(() => setPage(''));

  it('badges every card right after its title, with label, job id and text', async () => {
    setPage(`<ul>${card('a1', 'Manager of Clinic Operations')}${card('b2', 'Admin Assistant')}${card('c3', 'Line Cook')}</ul>`);
    const { scanner, batches } = makeScanner();
    await scanner.scan();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((r) => [r.jobId, r.kind])).toEqual([['a1', 'card'], ['b2', 'card'], ['c3', 'card']]);
    const found = badges();
    expect(found.map((b) => [b.dataset.jobId, badgeState(b).label])).toEqual([
      ['a1', 'management'],
      ['b2', 'administration'],
      ['c3', 'not_applicable'],
    ]);
    const first = found[0]!;
    expect(first.previousElementSibling?.className).toBe('t');
    expect(badgeState(first).shadow.querySelector('.text')?.textContent).toBe('Mgmt 80%');
    expect(badgeState(first).shadow.querySelector('button')?.getAttribute('aria-label')).toContain('Management 80% confidence');
    // The site's own title text is untouched.
    expect(document.querySelector('[data-card="a1"] .t')?.textContent).toBe('Manager of Clinic Operations');
  });

  it('re-scanning never duplicates badges nor re-sends known postings', async () => {
    setPage(`<ul>${card('a1', 'Manager A')}${card('b2', 'Admin B')}</ul>`);
    const { scanner, batches } = makeScanner();
    await scanner.scan();
    await scanner.scan();
    await scanner.scan();
    expect(badges()).toHaveLength(2);
    expect(batches).toHaveLength(1);
  });

  it('keeps one badge per job id when the board renders a card twice', async () => {
    setPage(`<div>${card('a1', 'Manager A')}</div><div>${card('a1', 'Manager A')}${card('b2', 'Admin B')}</div>`);
    const { scanner, batches } = makeScanner();
    await scanner.scan();
    expect(badges().map((b) => b.dataset.jobId)).toEqual(['a1', 'b2']);
    expect(batches[0]).toHaveLength(2);
  });

  it('badges cards appended later and sends only the new ones', async () => {
    setPage(`<ul id="list">${card('a1', 'Manager A')}</ul>`);
    const { scanner, batches } = makeScanner();
    await scanner.scan();
    document.getElementById('list')!.insertAdjacentHTML('beforeend', card('n1', 'Admin New') + card('n2', 'Manager New'));
    await scanner.scan();
    expect(badges().map((b) => b.dataset.jobId)).toEqual(['a1', 'n1', 'n2']);
    expect(batches[1]?.map((r) => r.jobId)).toEqual(['n1', 'n2']);
  });

  it('shows the full verdict on the card once its detail is read, without a second badge', async () => {
    setPage(`<ul>${card('a1', 'Manager A')}</ul>`);
    const { scanner } = makeScanner();
    await scanner.scan();
    expect(badgeState(badges()[0]).mode).toBe('title');
    document.body.insertAdjacentHTML('beforeend', '<section id="detail" data-id="a1"><h2>Manager A</h2><div class="d">Sets strategy.</div></section>');
    await scanner.scan();
    expect(badges()).toHaveLength(1);
    expect(badgeState(badges()[0]).mode).toBe('full');
    expect(scanner.cache.get('a1')?.kind).toBe('detail');
  });

  it('gives a detail that is not a card its own (full-style) badge and follows an in-place switch', async () => {
    setPage(`<ul>${card('a1', 'Manager A')}</ul><section id="detail" data-id="z9"><h2>Admin Z</h2><div class="d">Keeps schedules.</div></section>`);
    const { scanner } = makeScanner();
    await scanner.scan();
    const detailBadge = document.querySelector<HTMLElement>('#detail rolelens-badge');
    expect(detailBadge?.dataset.jobId).toBe('z9');
    expect(badgeState(detailBadge).shadow.querySelector('.text')?.textContent).toBe('Administration 80%');
    // The pane switches in place to another job: same nodes, new text and id.
    const pane = document.getElementById('detail')!;
    pane.setAttribute('data-id', 'y8');
    pane.querySelector('h2')!.textContent = 'Manager Y';
    await scanner.scan();
    const after = [...document.querySelectorAll<HTMLElement>('#detail rolelens-badge')];
    expect(after.map((b) => [b.dataset.jobId, badgeState(b).label])).toEqual([['y8', 'management']]);
    expect(badges()).toHaveLength(2);
  });

  it('does nothing at all on a bot wall, and reports that it saw one', async () => {
    setPage(`<div id="wall">Checking your browser</div><ul>${card('a1', 'Manager A')}</ul>`);
    const before = document.body.innerHTML;
    const { scanner, batches, scans } = makeScanner();
    await scanner.scan();
    expect(batches).toHaveLength(0);
    expect(scans).toEqual([{ outcome: 'wall', jobs: 0 }]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('reports each scan outcome once, when it changes (the "page scanned" signal)', async () => {
    setPage('<p>Nothing to read yet</p>');
    const { scanner, scans } = makeScanner();
    await scanner.scan();
    await scanner.scan();
    setPage(`<ul>${card('a1', 'Manager A')}${card('b2', 'Admin B')}</ul>`);
    await scanner.scan();
    await scanner.scan();
    setPage('<div id="wall">Checking your browser</div>');
    await scanner.scan();
    expect(scans).toEqual([
      { outcome: 'empty', jobs: 0 },
      { outcome: 'postings', jobs: 2 },
      { outcome: 'wall', jobs: 0 },
    ]);
  });

  it('reports the scan again when the background did not take it', async () => {
    setPage(card('a1', 'Manager A'));
    const scans: unknown[] = [];
    let fail = true;
    const scanner = new PageScanner({
      doc: document,
      adapter: fakeAdapter,
      display: defaultSettings().display,
      classify: async (batch, scan) => {
        if (fail) throw new Error('worker not ready');
        if (scan) scans.push(scan);
        return recordingClassifier().classify(batch);
      },
      onActivate: () => undefined,
      onError: () => undefined,
    });
    await scanner.scan();
    fail = false;
    await scanner.scan();
    expect(scans).toEqual([{ outcome: 'postings', jobs: 1 }]);
  });

  it('survives an adapter that throws, reporting the error', async () => {
    setPage(card('a1', 'Manager A'));
    const errors: unknown[] = [];
    const scanner = new PageScanner({
      doc: document,
      adapter: { ...fakeAdapter, findCards: () => { throw new Error('layout changed'); } },
      display: defaultSettings().display,
      classify: recordingClassifier().classify,
      onActivate: () => undefined,
      onError: (e) => errors.push(e),
    });
    await expect(scanner.scan()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(badges()).toHaveLength(0);
  });

  it('re-renders live when display settings change, and the tag filter reverts when cleared', async () => {
    setPage(`<ul>${card('a1', 'Manager A')}<li data-card="b2" style="opacity: 0.9"><a class="t">Admin B</a></li>${card('c3', 'Cook C')}</ul>`);
    const { scanner } = makeScanner();
    await scanner.scan();
    const display = defaultSettings().display;
    scanner.setDisplay({ ...display, badgeStyle: 'full' });
    expect(badgeState(badges()[0]).shadow.querySelector('.text')?.textContent).toBe('Management 80%');
    scanner.setDisplay({ ...display, notApplicable: 'hide' });
    expect(badges()[2]?.hidden).toBe(true);
    scanner.setDisplay({ ...display, tagFilter: { mode: 'dim', label: 'management' } });
    const b2 = document.querySelector<HTMLElement>('[data-card="b2"]')!;
    expect(b2.style.opacity).toBe('0.35');
    expect(document.querySelector<HTMLElement>('[data-card="a1"]')!.style.opacity).toBe('');
    scanner.setDisplay({ ...display, tagFilter: { mode: 'hide', label: 'management' } });
    expect(b2.style.display).toBe('none');
    expect(b2.style.opacity).toBe('0.9');
    scanner.setDisplay({ ...display, tagFilter: { mode: 'off', label: null } });
    expect(b2.style.display).toBe('');
    expect(b2.style.opacity).toBe('0.9');
  });

  it('a small page re-renders at once even when the clock runs slow (a busy machine): no yield before its few badges', async () => {
    setPage(`<ul>${card('a1', 'Manager A')}${card('b2', 'Admin B')}${card('c3', 'Cook C')}</ul>`);
    let t = 0;
    const recorder = recordingClassifier();
    // Every look at the clock is 50 ms later: past the slice budget at once.
    const scanner = new PageScanner({ doc: document, adapter: fakeAdapter, display: defaultSettings().display, classify: recorder.classify, onActivate: () => undefined, now: () => (t += 50) });
    await scanner.scan();
    scanner.setDisplay({ ...defaultSettings().display, notApplicable: 'hide' });
    expect(badges()[2]?.hidden).toBe(true);
  });

  it('says "Unsure" below the minimum confidence', async () => {
    setPage(card('a1', 'Manager A'));
    const { scanner } = makeScanner({ minConfidence: 0.9 });
    await scanner.scan();
    const badge = badges()[0]!;
    expect(badgeState(badge).unsure).toBe(true);
    expect(badgeState(badge).shadow.querySelector('.text')?.textContent).toBe('Unsure 80%');
  });

  it("ignores a script's click (untrusted) and never lets a click reach the card link", async () => {
    // The user's trusted clicks and keyboard activation are tested in the browser (extension-interaction, hostile-page).
    setPage('<a href="#job" id="link"><li data-card="a1"><span class="t">Manager A</span></li></a>');
    let linkClicks = 0;
    document.getElementById('link')!.addEventListener('click', () => linkClicks++);
    const { scanner, activated } = makeScanner();
    await scanner.scan();
    badgeState(badges()[0]).shadow.querySelector('button')!.click();
    expect(activated).toEqual([]);
    expect(linkClicks).toBe(0);
  });

  it('puts the top two reasons in the tooltip, strongest first, with criterion names', async () => {
    setPage(card('a1', 'Manager A'));
    const { scanner } = makeScanner();
    await scanner.scan();
    const lines = [...badgeState(badges()[0]).shadow.querySelectorAll('[role="tooltip"] p')].map((p) => p.textContent);
    expect(lines.slice(0, 2)).toEqual(['“strategy” — Strategic planning', '“schedules” — Daily operations']);
  });

  it('removes a badge the site cloned with its card, and everything on stop()', async () => {
    setPage(`<ul id="list">${card('a1', 'Manager A')}</ul>`);
    const { scanner } = makeScanner();
    await scanner.scan();
    const clone = document.querySelector('[data-card="a1"]')!.cloneNode(true) as Element;
    clone.setAttribute('data-card', 'x1');
    document.getElementById('list')!.append(clone);
    await scanner.scan();
    expect(badges().map((b) => b.dataset.jobId)).toEqual(['a1', 'x1']);
    scanner.stop();
    expect(badges()).toHaveLength(0);
  });
});

describe('PageScanner against a page that keeps removing its badge', () => {
  beforeEach(() => setPage(''));

  it('puts a removed badge back a few times, then pauses that card only, and resumes after the pause', async () => {
    setPage(`<ul>${card('a1', 'Manager A')}${card('b2', 'Manager B')}</ul>`);
    let now = 0;
    const pauses: number[] = [];
    const scanner = new PageScanner({
      doc: document,
      adapter: fakeAdapter,
      display: defaultSettings().display,
      classify: recordingClassifier().classify,
      onActivate: () => undefined,
      onPause: (ms) => pauses.push(ms),
      now: () => now,
      backoff: { insertions: 3, windowMs: 1000, firstPauseMs: 5000, maxPauseMs: 20_000 },
    });
    const badgeOf = (id: string) => badges().find((b) => b.dataset.jobId === id);
    await scanner.scan();
    let insertions = 1;
    // The page removes a1's badge each time it appears; every scan (100 ms apart) puts it back.
    for (let i = 0; i < 10; i++) {
      badgeOf('a1')?.remove();
      now += 100;
      await scanner.scan();
      if (badgeOf('a1')) insertions++;
    }
    expect(insertions).toBe(4); // the first badge and 3 re-insertions: the 4th insertion in 1 s started the pause
    expect(pauses).toEqual([5000]);
    expect(badgeOf('b2')).toBeDefined();
    now += 5000;
    await scanner.scan();
    expect(badgeOf('a1')).toBeDefined(); // the pause is over
    // Removed again at once: the next pause is twice as long.
    for (let i = 0; i < 5; i++) {
      badgeOf('a1')?.remove();
      now += 100;
      await scanner.scan();
    }
    expect(pauses).toEqual([5000, 10_000]);
  });
});

describe('PageScanner on a big page', () => {
  beforeEach(() => setPage(''));

  it('reads and renders 300 cards in slices, letting the page run between them, and badges them all', async () => {
    setPage(`<ul>${Array.from({ length: 300 }, (_, i) => card(`k${i}`, `Manager ${i}`)).join('')}</ul>`);
    let now = 0;
    const steps = { read: 0 };
    const stepwise = {
      ...fakeAdapter,
      // One card per step, like the engine's adapters.
      *cardsInSteps(doc: Document, url: URL) {
        const cards = fakeAdapter.findCards(doc, url);
        for (let i = 0; i < cards.length; i++) {
          steps.read++;
          yield;
        }
        return cards;
      },
    };
    const scanner = new PageScanner({
      doc: document,
      adapter: stepwise,
      display: defaultSettings().display,
      classify: recordingClassifier().classify,
      onActivate: () => undefined,
      now: () => (now += 1), // every look at the clock: 1 ms of work done
    });
    const pageTurns: number[] = [];
    let scanning = true;
    const tick = () => {
      if (!scanning) return;
      pageTurns.push(badges().length);
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    await scanner.scan();
    scanning = false;
    expect(steps.read).toBe(300);
    expect(badges()).toHaveLength(300);
    // The page ran while the cards were read (no badge yet) and while the badges went in.
    expect(pageTurns.some((n) => n === 0)).toBe(true);
    expect(pageTurns.some((n) => n > 0 && n < 300)).toBe(true);
  });
});
