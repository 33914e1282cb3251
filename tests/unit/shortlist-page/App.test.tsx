// The shortlist page against WXT's fake browser: it lists what storage holds, filters by tag,
// scope and board, saves notes, removes with undo (focus kept), follows storage live, and refuses
// a bad import with a message while changing nothing.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHORTLIST_VERSION } from '../../../src/shortlist/migrations';
import { shortlistJson } from '../../../src/shortlist/transfer';
import type { SavedJob } from '../../../src/shortlist/types';
import { defaultCatalogue } from '../../../src/training/catalogue';
import { App } from '../../../src/ui/shortlist/App';
import { administrationJob, managementJob, namingJob } from '../shortlist/jobs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw storage values
const stored = async (): Promise<any> => (await fakeBrowser.storage.local.get('shortlist')).shortlist;
const keys = () => screen.queryAllByTestId('rl-saved-job').map((li) => li.getAttribute('data-key'));

async function seed(jobs: SavedJob[]) {
  await fakeBrowser.storage.local.set({ shortlist: { jobs }, shortlist$: { v: SHORTLIST_VERSION } });
}

function importFile(text: string, name = 'shortlist.json') {
  const input = screen.getByTestId('rl-shortlist-import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

const a = namingJob('N1');
const b = { ...administrationJob('A1'), scope: 'department' as const, board: 'indeed', boardName: 'Indeed' };
const c = { ...managementJob('M1'), scope: 'organisation' as const };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('shortlist page', () => {
  it('says how to save when empty', async () => {
    render(<App shippedCatalogue={defaultCatalogue} />);
    expect((await screen.findByTestId('rl-plan')).textContent).toMatch(/Save jobs with the ☆/);
    expect(screen.getByTestId('rl-shortlist-count').getAttribute('data-count')).toBe('0');
  });

  it('lists the saved jobs with the plan above, and filters by tag, scope and board', async () => {
    await seed([a, b, c]);
    render(<App shippedCatalogue={defaultCatalogue} />);
    await waitFor(() => expect(keys()).toEqual([a.key, b.key, c.key]));
    expect(screen.getByTestId('rl-plan-lean').textContent).toMatch(/Across your 3 saved jobs: 2 management, 1 administration/);
    const fache = screen.getAllByTestId('rl-plan-item').find((li) => li.getAttribute('data-id') === 'fache')!;
    expect(fache.textContent).toMatch(/Named in 1 posting, required in 1/);

    fireEvent.change(screen.getByTestId('rl-filter-tag'), { target: { value: 'administration' } });
    await waitFor(() => expect(keys()).toEqual([b.key]));
    expect(screen.getByTestId('rl-plan-lean').textContent).toMatch(/Across the 1 saved job shown: 1 administration/);
    fireEvent.change(screen.getByTestId('rl-filter-tag'), { target: { value: 'all' } });
    expect(a.scope).toBe('division');
    fireEvent.change(screen.getByTestId('rl-filter-scope'), { target: { value: 'division' } });
    await waitFor(() => expect(keys()).toEqual([a.key]));
    fireEvent.change(screen.getByTestId('rl-filter-scope'), { target: { value: 'all' } });
    fireEvent.change(screen.getByTestId('rl-filter-board'), { target: { value: 'workday' } });
    await waitFor(() => expect(keys()).toEqual([a.key, c.key]));
    expect(screen.getByTestId('rl-shortlist-shown').textContent).toMatch(/Showing 2 of 3/);
  });

  it('saves notes as they are typed', async () => {
    await seed([a, b]);
    render(<App shippedCatalogue={defaultCatalogue} />);
    const item = (await screen.findAllByTestId('rl-saved-job'))[1]!;
    const notes = within(item).getByLabelText('Notes');
    fireEvent.input(notes, { target: { value: 'Recruiter: Sam. Apply by Friday.' } });
    await waitFor(async () => expect((await stored()).jobs[1].notes).toBe('Recruiter: Sam. Apply by Friday.'));
    expect((await stored()).jobs[0].notes).toBe('');
  });

  it('removes a job with undo; focus goes to Undo, then back to the job', async () => {
    await seed([a, b, c]);
    render(<App shippedCatalogue={defaultCatalogue} />);
    const item = (await screen.findAllByTestId('rl-saved-job'))[1]!;
    fireEvent.click(within(item).getByTestId('rl-job-remove'));
    await waitFor(async () => expect((await stored()).jobs.map((j: SavedJob) => j.key)).toEqual([a.key, c.key]));
    const undo = screen.getByTestId('rl-shortlist-undo-button');
    expect(document.activeElement).toBe(undo);
    expect(screen.getByTestId('rl-shortlist-undo').textContent).toContain(b.title);
    fireEvent.click(undo);
    await waitFor(async () => expect((await stored()).jobs.map((j: SavedJob) => j.key)).toEqual([a.key, b.key, c.key]));
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(`Remove ${b.title} from your shortlist`));
  });

  it('shows a job saved elsewhere (a badge in another tab) without a reload', async () => {
    await seed([a]);
    render(<App shippedCatalogue={defaultCatalogue} />);
    await waitFor(() => expect(keys()).toEqual([a.key]));
    await seed([c, a]);
    await waitFor(() => expect(keys()).toEqual([c.key, a.key]));
  });

  it('imports an export and refuses a bad file, changing nothing', async () => {
    await seed([a]);
    render(<App shippedCatalogue={defaultCatalogue} />);
    await screen.findAllByTestId('rl-saved-job');
    importFile(JSON.stringify({ format: 'rolelens-shortlist', version: 1, jobs: [{ ...b, confidence: 7 }] }), 'bad.json');
    await waitFor(() => expect(screen.getByTestId('rl-shortlist-import-error').textContent).toMatch(/“bad.json” was not imported; nothing was changed.\nfile.jobs\[0\].confidence: must be between 0 and 1/));
    expect((await stored()).jobs).toEqual([a]);
    importFile(shortlistJson({ jobs: [b, c] }));
    await waitFor(() => expect(screen.getByTestId('rl-shortlist-transfer-status').textContent).toMatch(/2 new jobs/));
    expect((await stored()).jobs.map((j: SavedJob) => j.key)).toEqual([b.key, c.key, a.key]);
    expect(screen.getByTestId('rl-shortlist-import-error').textContent).toBe('');
  });

  it('shows the notice when a corrupt stored shortlist was set aside', async () => {
    await fakeBrowser.storage.local.set({ shortlist: { jobs: 'broken' }, shortlist$: { v: SHORTLIST_VERSION } });
    render(<App shippedCatalogue={defaultCatalogue} />);
    expect((await screen.findByTestId('rl-shortlist-notice')).textContent).toMatch(/stored shortlist could not be read/);
  });
});
