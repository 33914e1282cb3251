// A page RoleLens does not read by itself: say so, and offer to read it once (activeTab) or to
// explain a pasted posting. Both classify here, in the popup.
import { useState } from 'preact/hooks';
import type { Posting } from '../../classifier/types';
import { parsePastedPosting } from './read-page';

export interface UnsupportedViewProps {
  /** Why there is nothing to explain, when RoleLens knows (the page is a wall, a board turned off …). */
  why?: { heading: string; text: string; busy?: boolean };
  canReadPage: boolean;
  onReadPage: () => Promise<void>;
  onPaste: (posting: Posting) => Promise<void>;
}

export function UnsupportedView({ why, canReadPage, onReadPage, onPaste }: UnsupportedViewProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setError('');
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const explainPasted = (event: Event) => {
    event.preventDefault();
    const posting = parsePastedPosting(text);
    if (!posting) {
      setError('Paste the text of a job posting first (its title on the first line helps).');
      return;
    }
    void run(() => onPaste(posting));
  };

  return (
    <section class="rl-section" data-testid="rl-unsupported" aria-labelledby="rl-unsupported-h">
      <h1 id="rl-unsupported-h" class="rl-title">{why?.heading ?? 'No job posting recognised here'}</h1>
      <p data-testid="rl-why" aria-busy={why?.busy ? 'true' : undefined}>
        {why?.text ?? 'RoleLens reads postings on the job boards it knows. It has not found one on this page.'}
      </p>
      {canReadPage && (
        <p>
          <button type="button" class="rl-button" data-testid="rl-read-page" disabled={busy} onClick={() => void run(onReadPage)}>
            Read this page
          </button>{' '}
          <span class="rl-muted">once, with your permission for this tab only</span>
        </p>
      )}
      <form onSubmit={explainPasted}>
        <label for="rl-paste-input" class="rl-label-text">
          Or paste a posting
        </label>
        <textarea
          id="rl-paste-input"
          data-testid="rl-paste"
          rows={6}
          value={text}
          placeholder="Job title on the first line, then the description"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="rl-button" data-testid="rl-paste-submit" disabled={busy}>
          Explain
        </button>
      </form>
      <p class="rl-error" role="alert" data-testid="rl-error">{error}</p>
    </section>
  );
}
