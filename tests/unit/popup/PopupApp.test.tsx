import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Posting } from '../../../src/classifier/types';
import type { TabPosting } from '../../../src/shared/protocol';
import { defaultCatalogue } from '../../../src/training/catalogue';
import type { PopupApi, PopupTarget, TabState } from '../../../src/ui/popup/api';
import { PopupApp as App } from '../../../src/ui/popup/PopupApp';
import { administrationPosting, administrationVerdict, managementPosting, managementVerdict } from './verdict-fixtures';

afterEach(cleanup);

const mgmt: TabPosting = { jobId: 'j-1', kind: 'detail', posting: managementPosting, verdict: managementVerdict };
const admin: TabPosting = { jobId: 'j-2', kind: 'card', posting: administrationPosting, verdict: { ...administrationVerdict, mode: 'title' } };

function fakeApi(state: TabState | null, target: PopupTarget = { tabId: 7, jobId: null }) {
  const api = {
    resolveTarget: vi.fn(async () => target),
    watchTab: vi.fn((_tabId: number, callback: (state: TabState | null) => void) => {
      queueMicrotask(() => callback(state));
      return () => undefined;
    }),
    highlightEvidence: vi.fn(async () => true),
    scrollToPosting: vi.fn(async () => true),
    loadTagFilter: vi.fn(async () => ({ mode: 'off' as const, label: null })),
    saveTagFilter: vi.fn(async () => undefined),
    loadTraining: vi.fn(async () => ({ catalogue: [...defaultCatalogue], held: ['fache'] })),
    readPage: vi.fn(async (): Promise<Posting | null> => ({ title: 'Practice Administrator', description: 'Oversee day-to-day operations.' })),
    classifyLocally: vi.fn(async () => administrationVerdict),
    addCorrection: vi.fn(async () => undefined),
  } satisfies PopupApi;
  return api;
}

const tabState = (postings: TabPosting[], detailJobId: string | null): TabState => ({
  url: 'https://jobs.example.org/search',
  siteId: 'example',
  scan: { outcome: postings.length ? 'postings' : 'empty', jobs: postings.length },
  postings,
  detailJobId,
});

describe('popup App', () => {
  it('shows the tab’s detail posting from the background’s state and highlights evidence in that tab', async () => {
    const api = fakeApi(tabState([mgmt, admin], 'j-1'));
    render(<App api={api} />);
    expect((await screen.findByTestId('rl-label')).textContent).toBe('Management-leaning');
    expect(api.watchTab).toHaveBeenCalledWith(7, expect.any(Function));
    const item = screen.getAllByTestId('rl-evidence').find((e) => e.textContent?.includes('strategic planning'))!;
    fireEvent.click(within(item).getByRole('button'));
    expect(api.highlightEvidence).toHaveBeenCalledWith(7, {
      jobId: 'j-1',
      sentence: 'Lead the strategic planning process for the whole organization.',
      cue: 'strategic planning',
    });
    // What the user already holds is not suggested.
    await waitFor(() => expect(screen.getAllByTestId('rl-training')).toHaveLength(3));
    expect(screen.getAllByTestId('rl-training').map((t) => t.getAttribute('data-id'))).not.toContain('fache');
  });

  it('opens on the posting named by ?job=', async () => {
    const api = fakeApi(tabState([mgmt, admin], 'j-1'), { tabId: 7, jobId: 'j-2' });
    render(<App api={api} />);
    expect((await screen.findByTestId('rl-label')).textContent).toBe('Administration-leaning');
    expect(screen.getByText(/Judged from the title only/)).toBeTruthy();
    // A card has no sentence on the page to highlight: selecting evidence scrolls to the card.
    fireEvent.click(within(screen.getAllByTestId('rl-evidence')[0]!).getByRole('button'));
    expect(api.scrollToPosting).toHaveBeenCalledWith(7, 'j-2');
    expect(api.highlightEvidence).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByTestId('rl-highlight-status').textContent).toBe('Scrolled to the posting on the page.'));
  });

  it('says when a card shows the full verdict of a posting read on an earlier page load', async () => {
    const earlier: TabPosting = { ...admin, verdict: administrationVerdict, readInFullEarlier: true };
    const api = fakeApi(tabState([mgmt, earlier], 'j-1'), { tabId: 7, jobId: 'j-2' });
    render(<App api={api} />);
    expect((await screen.findByTestId('rl-label')).textContent).toBe('Administration-leaning');
    expect(screen.getByTestId('rl-read-earlier').textContent).toMatch(/opened earlier in this browser session/);
    expect(screen.queryByText(/Judged from the title only/)).toBeNull();
  });

  it('on a list page shows counts per tag, scrolls to a card, and writes the tag filter', async () => {
    const api = fakeApi(tabState([mgmt, admin, { ...admin, jobId: 'j-3' }], null));
    render(<App api={api} />);
    await screen.findByTestId('rl-list');
    const count = (label: string) => screen.getAllByTestId('rl-count').find((c) => c.getAttribute('data-label') === label)!.textContent;
    expect(count('management')).toContain('1');
    expect(count('administration')).toContain('2');
    const rows = screen.getAllByTestId('rl-posting');
    expect(rows.map((r) => r.getAttribute('data-label'))).toEqual(['management', 'administration', 'administration']);
    fireEvent.click(within(rows[1]!).getByTitle('Scroll to this posting'));
    expect(api.scrollToPosting).toHaveBeenCalledWith(7, 'j-2');
    expect(screen.queryByRole('alert')).toBeNull();
    api.scrollToPosting.mockResolvedValueOnce(false);
    fireEvent.click(within(rows[2]!).getByTitle('Scroll to this posting'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer on the page/);

    await waitFor(() => expect(screen.getByTestId('rl-tag-filter')).toBeTruthy());
    fireEvent.change(screen.getByTestId('rl-tag-filter-label'), { target: { value: 'management' } });
    expect(api.saveTagFilter).toHaveBeenLastCalledWith({ mode: 'dim', label: 'management' });
    fireEvent.change(screen.getByTestId('rl-tag-filter-mode'), { target: { value: 'hide' } });
    expect(api.saveTagFilter).toHaveBeenLastCalledWith({ mode: 'hide', label: 'management' });

    fireEvent.click(within(rows[0]!).getByRole('button', { name: /^Why\?/ }));
    expect((await screen.findByTestId('rl-label')).textContent).toBe('Management-leaning');
  });

  it('on an unsupported page offers to read it, and classifies what it read here', async () => {
    const api = fakeApi(null);
    render(<App api={api} />);
    fireEvent.click(await screen.findByTestId('rl-read-page'));
    expect((await screen.findByTestId('rl-label')).textContent).toBe('Administration-leaning');
    expect(api.readPage).toHaveBeenCalledWith(7);
    expect(api.classifyLocally).toHaveBeenCalledWith({ title: 'Practice Administrator', description: 'Oversee day-to-day operations.' });
    // No page to highlight on: quotes are not buttons.
    expect(screen.getAllByTestId('rl-evidence')[0]!.querySelector('button')).toBeNull();
  });

  it('classifies a pasted posting, and refuses an empty paste with a message', async () => {
    const api = fakeApi(tabState([], null));
    render(<App api={api} />);
    fireEvent.click(await screen.findByTestId('rl-paste-submit'));
    expect(screen.getByTestId('rl-error').textContent).toMatch(/Paste the text of a job posting/);
    expect(api.classifyLocally).not.toHaveBeenCalled();
    fireEvent.input(screen.getByTestId('rl-paste'), { target: { value: 'Practice Administrator\nOversee billing.' } });
    fireEvent.click(screen.getByTestId('rl-paste-submit'));
    await screen.findByTestId('rl-label');
    expect(api.classifyLocally).toHaveBeenCalledWith({ title: 'Practice Administrator', description: 'Oversee billing.' });
  });

  it('says clearly when the page cannot be read', async () => {
    const api = fakeApi(null);
    api.readPage.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    render(<App api={api} />);
    fireEvent.click(await screen.findByTestId('rl-read-page'));
    await waitFor(() => expect(screen.getByTestId('rl-error').textContent).toMatch(/may not read this page.*chrome:\/\/ URL/));
  });

  it('follows the background: a re-tagged posting shows its new tag without reopening', async () => {
    let push: ((state: TabState | null) => void) | undefined;
    const stop = vi.fn();
    const api = {
      ...fakeApi(tabState([mgmt], 'j-1')),
      watchTab: vi.fn((_tabId: number, callback: (state: TabState | null) => void) => {
        push = callback;
        queueMicrotask(() => callback(tabState([mgmt], 'j-1')));
        return stop;
      }),
    };
    const { unmount } = render(<App api={api} />);
    expect((await screen.findByTestId('rl-label')).textContent).toBe('Management-leaning');
    expect(api.watchTab).toHaveBeenCalledWith(7, expect.any(Function));
    push!(tabState([{ ...mgmt, verdict: { ...managementVerdict, label: 'balanced', lean: 0.05 } }], 'j-1'));
    await waitFor(() => expect(screen.getByTestId('rl-label').textContent).toBe('Balanced'));
    unmount();
    expect(stop).toHaveBeenCalled();
  });

  it('stores a correction for the shown posting', async () => {
    const api = fakeApi(tabState([mgmt], 'j-1'));
    render(<App api={api} />);
    const control = await screen.findByTestId('rl-correction');
    fireEvent.click(within(control).getByRole('button', { name: 'Administration' }));
    expect(api.addCorrection).toHaveBeenCalledWith('j-1', managementVerdict, 'administration', managementPosting.title, undefined);
    await waitFor(() => expect(within(control).getByRole('status').textContent).toMatch(/Saved/));
  });

  it.each([
    [{ outcome: 'wall', jobs: 0 }, /check or a sign-in wall/],
    [{ outcome: 'empty', jobs: 0 }, /No job posting on this page/],
    [{ outcome: 'off', jobs: 0 }, /off for this board/],
    [undefined, /Reading this page/],
  ] as const)('says why a page the background knows shows nothing (scan %j)', async (scan, heading) => {
    const api = fakeApi({ url: 'https://jobs.example.org/search', siteId: 'example', postings: [], detailJobId: null, ...(scan ? { scan } : {}) });
    render(<App api={api} />);
    expect((await screen.findByTestId('rl-unsupported')).querySelector('h1')?.textContent).toMatch(heading);
  });

  it('never says "no posting" when the page badged postings whose explanation is not at hand: it says why', async () => {
    const reason = 'the browser’s storage for this session is full';
    const api = fakeApi({ url: 'https://jobs.example.org/search', siteId: 'example', scan: { outcome: 'postings', jobs: 1 }, postings: [], detailJobId: null, unavailable: { count: 1, reason } });
    render(<App api={api} />);
    const view = await screen.findByTestId('rl-unsupported');
    expect(view.textContent).not.toMatch(/No job posting/);
    expect(screen.getByTestId('rl-why').textContent).toContain(reason);
    // Beside postings it can show, the same note.
    cleanup();
    render(<App api={fakeApi({ ...tabState([mgmt], 'j-1'), unavailable: { count: 2, reason } })} />);
    expect((await screen.findByTestId('rl-unavailable')).textContent).toMatch(/2 postings.*storage for this session is full/);
    expect(screen.getByTestId('rl-label').textContent).toBe('Management-leaning');
  });
});

describe('popup shortlist', () => {
  it('saves the shown posting, shows it pressed once the shortlist has it, and says why a save failed', async () => {
    let listener: (keys: ReadonlySet<string>) => void = () => undefined;
    const api = {
      ...fakeApi(tabState([mgmt, admin], 'j-1')),
      setSaved: vi.fn(async () => ({ ok: true as const })),
      watchSavedKeys: vi.fn((callback: (keys: ReadonlySet<string>) => void) => {
        listener = callback;
        callback(new Set());
        return () => undefined;
      }),
    };
    render(<App api={api} />);
    const save = await screen.findByTestId('rl-save');
    expect(save.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(save);
    await waitFor(() => expect(api.setSaved).toHaveBeenCalledWith(7, 'j-1', true));
    expect((await screen.findByTestId('rl-save-status')).textContent).toBe('Saved to your shortlist.');
    // The key is the board scope of the tab's page plus the job id.
    listener(new Set(['example@jobs.example.org#j-1']));
    await waitFor(() => expect(screen.getByTestId('rl-save').getAttribute('aria-pressed')).toBe('true'));

    api.setSaved.mockResolvedValueOnce({ ok: false, message: 'Your shortlist is full.' } as never);
    fireEvent.click(screen.getByTestId('rl-save'));
    await waitFor(() => expect(screen.getByTestId('rl-save-status').textContent).toBe('Your shortlist is full.'));
    expect(api.setSaved).toHaveBeenLastCalledWith(7, 'j-1', false);
  });

  it('links to the shortlist and to the options at the weights', async () => {
    render(<App api={fakeApi(tabState([mgmt], 'j-1'))} />);
    expect((await screen.findByTestId('rl-open-shortlist')).getAttribute('href')).toBe('/shortlist.html');
    expect(screen.getByTestId('rl-open-weights').getAttribute('href')).toBe('/options.html#weights');
  });
});
