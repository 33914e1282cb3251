// One saved job: what it is, its tag and why (the quotes), the training suggested, the user's
// notes (saved as they type), and Remove.
import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_MAX } from '../../shortlist/limits';
import { scopeNames } from '../../shortlist/scope';
import type { SavedJob } from '../../shortlist/types';
import { LabelTag } from '../shared/LabelTag';
import { confidenceWords, percent, seniorityNames, specializationNames } from '../shared/labels';

/** Notes are written this long after the last keystroke (and at once when the field is left). */
const NOTE_SAVE_DELAY_MS = 400;

const STRENGTH_WORDS = { required: 'required by the posting', preferred: 'preferred by the posting', named: 'named in the posting' } as const;

export interface SavedJobItemProps {
  job: SavedJob;
  onNotes: (key: string, notes: string) => Promise<string | null>;
  onRemove: (job: SavedJob) => void;
  /** Lets the page put focus back on this job (after an undo). */
  removeRef?: (element: HTMLButtonElement | null) => void;
}

function savedOn(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function SavedJobItem({ job, onNotes, onRemove, removeRef }: SavedJobItemProps) {
  const [draft, setDraft] = useState(job.notes);
  const [noteStatus, setNoteStatus] = useState('');
  /** The notes as last written by this field: a change from elsewhere is adopted only when not mid-edit. */
  const written = useRef(job.notes);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const idBase = `job-${job.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  useEffect(() => {
    if (draft === written.current) {
      written.current = job.notes;
      setDraft(job.notes);
    }
  }, [job.notes]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const write = (text: string) => {
    clearTimeout(timer.current);
    if (text === written.current) return;
    written.current = text;
    void onNotes(job.key, text).then((problem) => setNoteStatus(problem ?? 'Notes saved.'));
  };

  const details = [job.employer, job.location, job.boardName || job.board].filter(Boolean).join(' · ');
  return (
    <li class="rl-job" data-testid="rl-saved-job" data-key={job.key} data-label={job.label} data-scope={job.scope}>
      <article aria-labelledby={`${idBase}-title`}>
        <h3 id={`${idBase}-title`} class="rl-job__title">
          {job.link ? (
            <a href={job.link} target="_blank" rel="noopener noreferrer">
              {job.title}
            </a>
          ) : (
            job.title
          )}
        </h3>
        <p class="rl-muted rl-job__details">
          {details}
          {details ? ' · ' : ''}saved {savedOn(job.savedAt)}
        </p>
        <p class="rl-job__facts">
          <LabelTag label={job.label} variant="short" />{' '}
          <span>
            {confidenceWords(job.confidence)} ({percent(job.confidence)})
          </span>
          {job.label !== 'not_applicable' && (
            <>
              {' · '}
              {seniorityNames[job.seniority]}
              {job.scope !== 'unknown' && ` · ${scopeNames[job.scope]} scope`}
              {job.specializations.length > 0 && ` · ${job.specializations.map((s) => specializationNames[s]).join(', ')}`}
            </>
          )}
          {job.mode === 'title' && <span class="rl-muted"> · judged from the title only</span>}
        </p>
        {job.quotes.length > 0 && (
          <ul class="rl-quotes" aria-label="Why: quotes from the posting">
            {job.quotes.map((q, i) => (
              <li key={i}>
                <q>{q.sentence}</q> <span class="rl-muted">— {q.criterion}</span>
              </li>
            ))}
          </ul>
        )}
        {job.training.length > 0 && (
          <p class="rl-job__training">
            <span class="rl-muted">Suggested: </span>
            {job.training.map((t, i) => (
              <span key={t.id}>
                {i > 0 && ', '}
                {t.name}
                {t.named && <span class="rl-muted"> ({STRENGTH_WORDS[t.named]})</span>}
              </span>
            ))}
          </p>
        )}
        <div class="rl-job__notes">
          <label for={`${idBase}-notes`}>Notes</label>
          <textarea
            id={`${idBase}-notes`}
            data-testid="rl-job-notes"
            rows={2}
            maxLength={NOTE_MAX}
            value={draft}
            aria-describedby={`${idBase}-notes-status`}
            onInput={(e) => {
              const text = (e.currentTarget as HTMLTextAreaElement).value;
              setDraft(text);
              setNoteStatus('');
              clearTimeout(timer.current);
              timer.current = setTimeout(() => write(text), NOTE_SAVE_DELAY_MS);
            }}
            onBlur={(e) => write((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p id={`${idBase}-notes-status`} class="rl-status" role="status">
            {noteStatus}
          </p>
        </div>
        <button
          type="button"
          ref={removeRef}
          data-testid="rl-job-remove"
          aria-label={`Remove ${job.title} from your shortlist`}
          onClick={() => onRemove(job)}
        >
          Remove
        </button>
      </article>
    </li>
  );
}
