// The badge's save toggle: it says what it saves, follows the shortlist (aria-pressed, a filled
// star), gives the card's own link, and ignores clicks a page script makes up.
import { beforeEach, describe, expect, it } from 'vitest';
import { PageScanner } from '../../../src/content/scanner';
import { badgeState } from './badge-state';
import { defaultSettings } from '../../../src/settings/schema';
import { fakeAdapter, recordingClassifier } from './fake-site';

function setPage(html: string): void {
  document.body.innerHTML = html; // test page only; the extension itself never uses innerHTML
}

const saveButton = (jobId: string) =>
  badgeState(document.querySelector<HTMLElement>(`rolelens-badge[data-job-id="${jobId}"]`)).shadow.querySelector<HTMLButtonElement>('button.save');

function makeScanner(withSave = true) {
  const saves: [string, boolean, string | null][] = [];
  const scanner = new PageScanner({
    doc: document,
    adapter: fakeAdapter,
    display: defaultSettings().display,
    classify: recordingClassifier().classify,
    onActivate: () => undefined,
    ...(withSave
      ? {
          onSave: async (jobId: string, saved: boolean, link: string | null) => {
            saves.push([jobId, saved, link]);
            return 'Saved to your RoleLens shortlist';
          },
        }
      : {}),
  });
  return { scanner, saves };
}

describe('badge save toggle', () => {
  beforeEach(() =>
    setPage(`<ul>
      <li data-card="a1"><a class="t" href="/jobs/a1?src=list">Manager of Clinic Operations</a></li>
      <li data-card="b2"><h3 class="t">Admin Assistant</h3><a href="https://fake.test/jobs/b2">Apply</a></li>
      <li data-card="c3"><span class="t">Manager without a link</span></li>
    </ul>`),
  );

  it('is named after the posting and follows the shortlist', async () => {
    const { scanner } = makeScanner();
    await scanner.scan();
    const save = saveButton('a1')!;
    expect(save.hidden).toBe(false);
    expect(save.getAttribute('aria-label')).toBe('Save to your RoleLens shortlist: Manager of Clinic Operations');
    expect(save.getAttribute('aria-pressed')).toBe('false');
    expect(save.textContent).toBe('☆');
    scanner.setSavedJobs(new Set(['a1']));
    expect(saveButton('a1')!.getAttribute('aria-pressed')).toBe('true');
    expect(saveButton('a1')!.textContent).toBe('★');
    expect(saveButton('b2')!.getAttribute('aria-pressed')).toBe('false');
    scanner.setSavedJobs(new Set());
    expect(saveButton('a1')!.getAttribute('aria-pressed')).toBe('false');
  });

  it("gives each card's own link: the title link, else a link in the card, else none", async () => {
    const { scanner } = makeScanner();
    await scanner.scan();
    expect(scanner.linkFor('a1')).toBe(new URL('/jobs/a1?src=list', document.baseURI).href);
    expect(scanner.linkFor('b2')).toBe('https://fake.test/jobs/b2');
    expect(scanner.linkFor('c3')).toBeNull();
    expect(scanner.linkFor('nope')).toBeNull();
  });

  it('ignores a click a page script makes up', async () => {
    const { scanner, saves } = makeScanner();
    await scanner.scan();
    saveButton('a1')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await Promise.resolve();
    expect(saves).toEqual([]);
  });

  it('is hidden where saving is not offered', async () => {
    const { scanner } = makeScanner(false);
    await scanner.scan();
    expect(saveButton('a1')!.hidden).toBe(true);
  });
});
