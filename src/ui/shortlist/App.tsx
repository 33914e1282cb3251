// The shortlist page: the study plan over the jobs in view, the saved jobs with filters, notes,
// remove and undo, and export/import. It follows storage live: a job saved from a badge in
// another tab appears here at once.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { effectiveCatalogue, emptyUserCatalogue, type UserCatalogue } from '../../training/user-catalogue';
import { loadUserCatalogue, watchUserCatalogue } from '../../training/user-catalogue-store';
import { dismissNotice, noticesItem, type Notice } from '../../storage/notices';
import { loadSettings, watchSettings } from '../../settings/store';
import { SHORTLIST_MAX } from '../../shortlist/limits';
import { importJobs, isShortlistBackupKey, loadShortlist, removeJob, restoreJob, setNotes, watchShortlist } from '../../shortlist/store';
import { studyPlan } from '../../shortlist/study-plan';
import type { SavedJob, Shortlist } from '../../shortlist/types';
import type { TrainingEntry } from '../../training/types';
import { filterJobs, isFiltered, noFilter, type JobFilter } from './filters';
import { JobFilters } from './JobFilters';
import { SavedJobItem } from './SavedJobItem';
import { StudyPlanSection } from './StudyPlanSection';
import { TransferControls } from './TransferControls';

interface Removed {
  job: SavedJob;
  index: number;
}

export function App({ shippedCatalogue }: { shippedCatalogue: readonly TrainingEntry[] }) {
  const [shortlist, setShortlist] = useState<Shortlist | null>(null);
  const [userCatalogue, setUserCatalogue] = useState<UserCatalogue>(emptyUserCatalogue());
  const [notices, setNotices] = useState<Notice[]>([]);
  const [filter, setFilter] = useState<JobFilter>(noFilter);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [problem, setProblem] = useState('');
  const undoButton = useRef<HTMLButtonElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  /** A job whose Remove button should get focus once it is back on the list (after undo). */
  const focusAfterUndo = useRef<string | null>(null);

  useEffect(() => {
    const theme = (t: string) => (document.documentElement.dataset.theme = t);
    void loadShortlist().then(setShortlist, (e: unknown) => setProblem(`Your shortlist could not be read: ${String(e)}`));
    void loadUserCatalogue().then(setUserCatalogue, () => undefined);
    void loadSettings().then((s) => theme(s.display.theme), () => undefined);
    const stops = [
      watchShortlist(setShortlist),
      watchUserCatalogue(setUserCatalogue),
      noticesItem.watch(setNotices, { now: true }),
      watchSettings((s) => theme(s.display.theme)),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);

  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);
  useEffect(() => {
    const key = focusAfterUndo.current;
    const button = key ? removeButtons.current.get(key) : undefined;
    if (button) {
      focusAfterUndo.current = null;
      button.focus();
    }
  }, [shortlist]);

  const jobs = shortlist?.jobs ?? [];
  const shown = useMemo(() => filterJobs(jobs, filter), [jobs, filter]);
  const catalogue = useMemo(() => effectiveCatalogue(shippedCatalogue, userCatalogue), [shippedCatalogue, userCatalogue]);
  const plan = useMemo(() => studyPlan({ jobs: shown, catalogue, held: userCatalogue.held }), [shown, catalogue, userCatalogue.held]);

  if (!shortlist) return <p class="rl-loading">{problem || 'Loading…'}</p>;

  const report = (outcome: { ok: boolean; message?: string }) => setProblem(outcome.ok ? '' : outcome.message ?? '');
  const remove = (job: SavedJob) => {
    const index = jobs.findIndex((j) => j.key === job.key);
    setShortlist({ jobs: jobs.filter((j) => j.key !== job.key) });
    setRemoved({ job, index });
    void removeJob(job.key).then(report);
  };
  const undo = () => {
    if (!removed) return;
    focusAfterUndo.current = removed.job.key;
    setRemoved(null);
    void restoreJob(removed.job, removed.index).then(report);
  };
  const myNotices = notices.filter((n) => isShortlistBackupKey(n.backupKey));

  return (
    <main class="rl-shortlist">
      <header class="rl-header">
        <h1>Your RoleLens shortlist</h1>
        <p class="rl-muted" data-testid="rl-shortlist-count" data-count={jobs.length}>
          {jobs.length} saved {jobs.length === 1 ? 'job' : 'jobs'} (at most {SHORTLIST_MAX}). Kept only in this browser.{' '}
          <a href="/options.html">Options</a>
        </p>
      </header>
      {myNotices.map((n) => (
        <div key={n.id} class="rl-notice" role="status" data-testid="rl-shortlist-notice">
          <p class="rl-pre">{n.message}</p>
          <button type="button" onClick={() => void dismissNotice(n.id)} aria-label="Dismiss this notice (the backup is kept)">
            Dismiss
          </button>
        </div>
      ))}
      <p class="rl-error" role="alert" data-testid="rl-shortlist-problem">
        {problem}
      </p>
      <StudyPlanSection plan={plan} filtered={isFiltered(filter)} />
      <section class="rl-panel" aria-labelledby="rl-jobs-h">
        <h2 id="rl-jobs-h">Saved jobs</h2>
        {jobs.length > 0 && <JobFilters jobs={jobs} filter={filter} onChange={setFilter} />}
        {removed && (
          <div class="rl-undo" role="status" data-testid="rl-shortlist-undo">
            <span>Removed “{removed.job.title}”.</span>
            <button type="button" ref={undoButton} data-testid="rl-shortlist-undo-button" onClick={undo}>
              Undo
            </button>
          </div>
        )}
        {jobs.length > 0 && (
          <p class="rl-muted" role="status" data-testid="rl-shortlist-shown">
            {isFiltered(filter) ? `Showing ${shown.length} of ${jobs.length} saved jobs.` : `Showing all ${jobs.length} saved jobs.`}
            {isFiltered(filter) && (
              <>
                {' '}
                <button type="button" class="rl-link-button" onClick={() => setFilter(noFilter)}>
                  Show all
                </button>
              </>
            )}
          </p>
        )}
        {jobs.length === 0 && <p class="rl-muted">No saved jobs yet.</p>}
        <ol class="rl-jobs">
          {shown.map((job) => (
            <SavedJobItem
              key={job.key}
              job={job}
              onNotes={async (key, notes) => {
                const outcome = await setNotes(key, notes);
                return outcome.ok ? null : outcome.message;
              }}
              onRemove={remove}
              removeRef={(el) => (el ? removeButtons.current.set(job.key, el) : removeButtons.current.delete(job.key))}
            />
          ))}
        </ol>
      </section>
      <TransferControls shortlist={shortlist} onImport={importJobs} />
    </main>
  );
}
