// Export everything as one JSON file; import one back (checked fully before anything is written).
import { useState } from 'preact/hooks';
import { DATA_VERSION } from '../../storage/data-version';
import { formatIssues } from '../../schema/check';
import {
  applyImport,
  exportFileName,
  exportText,
  loadBundle,
  parseImport,
  type KnownIds,
} from '../../user-data/transfer';
import { downloadText } from '../shared/download';
import { Section } from './Section';

/** `known`: the ids this version has; a file naming others is refused, by name. */
export function TransferSection(props: { known: KnownIds }) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const onExport = async () => {
    downloadText(exportText(await loadBundle()), exportFileName());
    setStatus('Exported.');
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus(null);
    const parsed = parseImport(await file.text(), props.known);
    if (!parsed.ok) {
      setError(`“${file.name}” was not imported; nothing was changed.\n${formatIssues(parsed.issues.slice(0, 20))}`);
      return;
    }
    try {
      await applyImport(parsed.value);
    } catch (e) {
      setError(`“${file.name}” could not be saved: ${String(e)}`);
      return;
    }
    setError(null);
    setStatus(
      parsed.fromVersion !== undefined && parsed.fromVersion < DATA_VERSION
        ? `Imported “${file.name}” (updated from an older RoleLens version ${parsed.fromVersion}).`
        : `Imported “${file.name}”.`,
    );
  };

  return (
    <Section
      id="rl-transfer"
      title="Export and import"
      intro="Settings, corrections and your training catalogue in one JSON file."
    >
      <div class="rl-buttons">
        <button type="button" data-testid="rl-export" onClick={() => void onExport()}>
          Export to a file
        </button>
        <label for="import-file">Import from a file</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          data-testid="rl-import"
          onChange={(e) => void onImport(e.currentTarget as HTMLInputElement)}
        />
      </div>
      <p role="alert" class="rl-error rl-pre" data-testid="rl-import-error" hidden={error === null}>
        {error ?? ''}
      </p>
      {status && (
        <p role="status" data-testid="rl-transfer-status">
          {status}
        </p>
      )}
    </Section>
  );
}
