// The <rolelens-badge> element: an unregistered custom tag with an open shadow root.
//
// Hand-written rather than WXT's createShadowRootUi. Measured in Chromium 156 with
// tests/browser/harness/bench/bench-badges.mjs (100 badges incl. style and layout, median of 13):
// hand-written 14.9 ms, createShadowRootUi with the same content 18.6 ms. Speed is close; what
// decides it is that createShadowRootUi is async: a re-scan arriving before the promise settles
// would see no badge after the anchor and insert a second one, so idempotence would need extra
// pending-state bookkeeping. It also registers one invalidation listener per badge.
// Content scripts in Chrome have no customElements registry, so the tag stays unregistered and
// we only call attachShadow on it (allowed for any valid custom-element name).
import { BADGE_CSS } from './badge-style';
import type { BadgeView } from './badge-view';

export const BADGE_TAG = 'rolelens-badge';

export function isBadge(node: Node | null | undefined): node is HTMLElement {
  return !!node && node.nodeType === 1 && (node as Element).localName === BADGE_TAG;
}

/** The stylesheet shared by every badge's shadow root, per document (null: not supported there). */
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function sharedSheet(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc) ?? null;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
    sheet = new Sheet();
    sheet.replaceSync(BADGE_CSS);
  } catch {
    sheet = null; // no constructable stylesheets here: each badge gets a <style>
  }
  sheets.set(doc, sheet);
  return sheet;
}

/**
 * One parsed stylesheet adopted by all badges rather than a <style> per shadow root: 100 badges
 * share one sheet object. Falls back to a <style> where adopting is refused or has no effect.
 */
function styleShadow(shadow: ShadowRoot, doc: Document): void {
  const sheet = sharedSheet(doc);
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      // Refused (e.g. a sheet from another realm): use the <style> below.
    }
  }
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  shadow.prepend(style);
}

/** The shadow content every badge starts from, built once per document and cloned. */
const templates = new WeakMap<Document, DocumentFragment>();

function shadowTemplate(doc: Document): DocumentFragment {
  let template = templates.get(doc);
  if (template) return template;
  template = doc.createDocumentFragment();
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
  // Save to the shortlist: a toggle (aria-pressed), a star that fills when saved.
  const save = doc.createElement('button');
  save.type = 'button';
  save.className = 'save';
  save.setAttribute('aria-pressed', 'false');
  const star = doc.createElement('span');
  star.setAttribute('aria-hidden', 'true');
  save.append(star);
  // What a save did ("Saved to your shortlist", or why not), read out and shown for a moment.
  const status = doc.createElement('span');
  status.className = 'save-status';
  status.setAttribute('role', 'status');
  template.append(button, tip, save, status);
  templates.set(doc, template);
  return template;
}

interface BadgeParts {
  button: Element;
  icon: Element;
  text: Element;
  tip: Element;
  save: Element;
  status: Element;
}

/** Saves or unsaves the job (`saved` = the state asked for); resolves to a message to show. */
export type SaveHandler = (jobId: string, saved: boolean) => Promise<string>;

const STATUS_SHOWN_MS = 4000;

/** Each badge's inner elements, kept at creation so rendering does not query the shadow root. */
const partsOf = new WeakMap<HTMLElement, BadgeParts>();

export function createBadge(
  doc: Document,
  jobId: string,
  onActivate: (jobId: string) => void,
  onSave?: SaveHandler,
): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  host.dataset.jobId = jobId;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.append(shadowTemplate(doc).cloneNode(true));
  styleShadow(shadow, doc);
  const button = shadow.querySelector('button')!;
  const tip = button.nextElementSibling!;
  const save = tip.nextElementSibling as HTMLButtonElement;
  const status = save.nextElementSibling!;
  partsOf.set(host, { button, icon: button.firstElementChild!, text: button.lastElementChild!, tip, save, status });
  save.hidden = !onSave;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  save.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    // Only the user's own click saves: a page script's synthetic click is ignored.
    if (!event.isTrusted || !onSave) return;
    const wanted = save.getAttribute('aria-pressed') !== 'true';
    void onSave(host.dataset.jobId ?? jobId, wanted).then((message) => {
      status.textContent = message;
      clearTimeout(statusTimer);
      statusTimer = setTimeout(() => (status.textContent = ''), STATUS_SHOWN_MS);
    });
  });
  // The badge often sits inside the card's link: keep the click from opening the posting.
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    // Only the user's own activation opens the explanation: a pointer click, or Enter/Space on
    // the focused button (the browser turns those into trusted clicks). A page script's click()
    // or dispatched event is untrusted, and must not open extension pages at will.
    if (!event.isTrusted) return;
    onActivate(host.dataset.jobId ?? jobId);
  });
  return host;
}

function setFlag(el: HTMLElement, name: string, on: boolean): void {
  if (on) el.setAttribute(name, '');
  else el.removeAttribute(name);
}

/** The view each badge last showed, so an unchanged re-render writes nothing. */
const rendered = new WeakMap<HTMLElement, string>();

/** Writes a view into a badge (textContent only; page text never becomes markup). */
export function renderBadge(host: HTMLElement, jobId: string, view: BadgeView): void {
  // Re-scans render every badge again; skip the DOM writes when nothing changed.
  const key = `${jobId}\u0001${JSON.stringify(view)}`;
  if (rendered.get(host) === key) return;
  rendered.set(host, key);
  host.dataset.jobId = jobId;
  host.dataset.label = view.label;
  host.dataset.mode = view.mode;
  setFlag(host, 'data-unsure', view.unsure);
  setFlag(host, 'data-muted', view.muted);
  host.hidden = view.hidden;
  const parts = partsOf.get(host);
  if (!parts) return;
  const { button, icon, text, tip, save } = parts;
  button.setAttribute('aria-label', view.accessibleName);
  save.setAttribute('aria-pressed', String(view.saved));
  save.setAttribute('aria-label', view.saveLabel);
  save.firstElementChild!.textContent = view.saved ? '★' : '☆';
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
