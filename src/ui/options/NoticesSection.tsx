// Notices RoleLens left for the user (e.g. a corrupt stored value set aside).
import type { Notice } from '../../settings/notices';

export function NoticesSection(props: { notices: readonly Notice[]; onDismiss: (id: string) => void }) {
  if (props.notices.length === 0) return null;
  return (
    <div class="rl-notices" role="status">
      {props.notices.map((n) => (
        <div key={n.id} class="rl-notice" data-testid="rl-notice">
          <p class="rl-pre">{n.message}</p>
          <button type="button" onClick={() => props.onDismiss(n.id)} aria-label="Dismiss this notice">
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
