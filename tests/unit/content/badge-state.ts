// What a badge shows, read from its closed shadow root (the content script's own reference).
import { badgeShadow } from '../../../src/content/badge-element';

export function badgeState(host: HTMLElement | undefined | null) {
  const shadow = host ? badgeShadow(host) : undefined;
  if (!shadow) throw new Error('not a RoleLens badge (no shadow root of ours)');
  const state = shadow.querySelector('.badge');
  return {
    shadow,
    label: state?.getAttribute('data-label') ?? undefined,
    mode: state?.getAttribute('data-mode') ?? undefined,
    unsure: state?.hasAttribute('data-unsure') ?? false,
  };
}
