// Notices RoleLens left for the user (e.g. a corrupt stored value set aside), with the set-aside
// value downloadable so the user can inspect or keep it.
import { storage } from '#imports';
import type { Notice } from '../../storage/notices';
import { downloadText } from '../shared/download';

async function downloadBackup(key: `local:${string}`): Promise<void> {
  const value: unknown = await storage.getItem(key);
  downloadText(`${JSON.stringify(value, null, 2)}\n`, `rolelens-${key.replace(/[^a-z0-9]+/gi, '-')}.json`);
}

export function NoticesSection(props: { notices: readonly Notice[]; onDismiss: (id: string) => void }) {
  if (props.notices.length === 0) return null;
  return (
    <div class="rl-notices" role="status">
      {props.notices.map((n) => (
        <div key={n.id} class="rl-notice" data-testid="rl-notice">
          <p class="rl-pre">{n.message}</p>
          {n.backupKey?.startsWith('local:') && (
            <button type="button" data-testid="rl-notice-download" onClick={() => void downloadBackup(n.backupKey as `local:${string}`)}>
              Download the set-aside value
            </button>
          )}
          <button type="button" onClick={() => props.onDismiss(n.id)} aria-label="Dismiss this notice (the backup is kept)">
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
