// Export the shortlist (JSON to import back, CSV for a spreadsheet) and import a JSON export,
// checked completely before anything is written.
import { useState } from 'preact/hooks';
import type { ShortlistOutcome } from '../../shortlist/store';
import { importProblem, parseShortlistImport, shortlistCsv, shortlistFileName, shortlistJson } from '../../shortlist/transfer';
import type { SavedJob, Shortlist } from '../../shortlist/types';
import { downloadText } from '../shared/download';

export function TransferControls(props: {
  shortlist: Shortlist;
  onImport: (jobs: SavedJob[]) => Promise<ShortlistOutcome & { added?: number; replaced?: number }>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const empty = props.shortlist.jobs.length === 0;

  const exportAs = (kind: 'json' | 'csv') => {
    const text = kind === 'json' ? shortlistJson(props.shortlist) : shortlistCsv(props.shortlist);
    downloadText(text, shortlistFileName(kind), kind === 'json' ? 'application/json' : 'text/csv');
    setError(null);
    setStatus(`Exported ${props.shortlist.jobs.length} jobs as ${kind.toUpperCase()}.`);
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus(null);
    const parsed = parseShortlistImport(await file.text());
    if (!parsed.ok) return setError(importProblem(file.name, parsed.issues));
    const outcome = await props.onImport(parsed.value);
    if (!outcome.ok) return setError(`“${file.name}” was not imported: ${outcome.message}`);
    setError(null);
    const replaced = outcome.replaced ? ` (${outcome.replaced} replaced jobs you had saved)` : '';
    setStatus(`Imported “${file.name}”: ${outcome.added ?? 0} new ${outcome.added === 1 ? 'job' : 'jobs'}${replaced}.`);
  };

  return (
    <section class="rl-panel" aria-labelledby="rl-transfer-h">
      <h2 id="rl-transfer-h">Export and import</h2>
      <p class="rl-muted">
        JSON keeps everything, to import here or in another browser; CSV opens in a spreadsheet. Importing adds the
        file’s jobs to your shortlist (a job you already have is replaced by the file’s).
      </p>
      <div class="rl-buttons">
        <button type="button" data-testid="rl-shortlist-export-json" disabled={empty} onClick={() => exportAs('json')}>
          Export JSON
        </button>
        <button type="button" data-testid="rl-shortlist-export-csv" disabled={empty} onClick={() => exportAs('csv')}>
          Export CSV
        </button>
        <label for="rl-shortlist-import">Import a JSON export</label>
        <input
          id="rl-shortlist-import"
          type="file"
          accept="application/json,.json"
          data-testid="rl-shortlist-import"
          onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
        />
      </div>
      <p role="alert" class="rl-error rl-pre" data-testid="rl-shortlist-import-error">
        {error ?? ''}
      </p>
      <p role="status" data-testid="rl-shortlist-transfer-status">
        {status ?? ''}
      </p>
    </section>
  );
}
