// "Save to shortlist" for the posting the popup explains: a toggle (aria-pressed) with a star that
// fills, and a status line that says what happened (or why not, e.g. the shortlist is full).
import { useState } from 'preact/hooks';
import type { SaveOutcome } from './api';

export function SaveControl({ saved, onToggle }: { saved: boolean; onToggle: (saved: boolean) => Promise<SaveOutcome> }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    setStatus('');
    try {
      const outcome = await onToggle(!saved);
      setStatus(outcome.ok ? (saved ? 'Taken off your shortlist.' : 'Saved to your shortlist.') : outcome.message);
    } catch (error) {
      setStatus(`Could not save: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="rl-save">
      <button
        type="button"
        class="rl-chip-button rl-save__button"
        aria-pressed={saved}
        disabled={busy}
        data-testid="rl-save"
        onClick={() => void toggle()}
      >
        <span aria-hidden="true">{saved ? '★' : '☆'}</span> {saved ? 'Saved to shortlist' : 'Save to shortlist'}
      </button>
      <p class="rl-status" role="status" data-testid="rl-save-status">
        {status}
      </p>
    </div>
  );
}
