// The <rolelens-badge> element: an unregistered custom tag with an open shadow root.
//
// Hand-written rather than WXT's createShadowRootUi: that helper is async (it fetches the
// entry's CSS), builds an <html><head><body> document plus its own <style> inside every
// shadow root and registers an invalidation listener per UI. We insert up to hundreds of
// small badges per page and need them synchronous and idempotent; see scripts/bench-badge
// figures in the report. Content scripts in Chrome have no customElements registry, so the
// tag stays unregistered and we only call attachShadow on it.
import { BADGE_CSS } from './badge-style';
import type { BadgeView } from './badge-view';

export const BADGE_TAG = 'rolelens-badge';

export function isBadge(node: Node | null | undefined): node is HTMLElement {
  return !!node && node.nodeType === 1 && (node as Element).localName === BADGE_TAG;
}

export function createBadge(doc: Document, jobId: string, onActivate: (jobId: string) => void): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  host.dataset.jobId = jobId;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-describedby', 'tip');
  const icon = doc.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  const text = doc.createElement('span');
  text.className = 'text';
  const tip = doc.createElement('div');
  tip.id = 'tip';
  tip.setAttribute('role', 'tooltip');
  button.append(icon, text);
  shadow.append(style, button, tip);
  // The badge often sits inside the card's link: keep the click from opening the posting.
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onActivate(host.dataset.jobId ?? jobId);
  });
  return host;
}

function setFlag(el: HTMLElement, name: string, on: boolean): void {
  if (on) el.setAttribute(name, '');
  else el.removeAttribute(name);
}

/** Writes a view into a badge (textContent only; page text never becomes markup). */
export function renderBadge(host: HTMLElement, jobId: string, view: BadgeView): void {
  host.dataset.jobId = jobId;
  host.dataset.label = view.label;
  host.dataset.mode = view.mode;
  setFlag(host, 'data-unsure', view.unsure);
  setFlag(host, 'data-muted', view.muted);
  host.hidden = view.hidden;
  const shadow = host.shadowRoot;
  if (!shadow) return;
  const button = shadow.querySelector('button');
  const icon = shadow.querySelector('.icon');
  const text = shadow.querySelector('.text');
  const tip = shadow.querySelector('[role="tooltip"]');
  if (!button || !icon || !text || !tip) return;
  button.setAttribute('aria-label', view.accessibleName);
  icon.textContent = view.icon;
  text.textContent = view.text;
  const lines = view.reasons.length ? view.reasons : ['No specific evidence found.'];
  if (view.mode === 'title') lines.push('From the title only; open the posting for the full verdict.');
  tip.replaceChildren(
    ...lines.map((line) => {
      const p = host.ownerDocument.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
}
