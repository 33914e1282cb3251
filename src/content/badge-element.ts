// The <rolelens-badge> element: an unregistered custom tag with a closed shadow root.
//
// Hand-written rather than WXT's createShadowRootUi. Measured in Chromium 156 with
// tests/browser/harness/bench/bench-badges.mjs (100 badges incl. style and layout, median of 13):
// hand-written 14.9 ms, createShadowRootUi with the same content 18.6 ms. Speed is close; what
// decides it is that createShadowRootUi is async: a re-scan arriving before the promise settles
// would see no badge after the anchor and insert a second one, so idempotence would need extra
// pending-state bookkeeping. It also registers one invalidation listener per badge.
// Content scripts in Chrome have no customElements registry, so the tag stays unregistered and
// we only call attachShadow on it (allowed for any valid custom-element name).
//
// Closed, and the verdict (label, mode, text, reasons) lives inside the shadow root: a page script
// cannot read what RoleLens thinks of each posting. The host carries only the page's own job id,
// where the badge sits (card or detail) and `hidden` (the tag filter). The browser tests read the
// closed root the way DevTools does (harness/badges.ts, harness/firefox-badges.ts). One kind of
// test needs it open: axe-core (accessibility.test.ts) cannot look into a closed root, and the
// Chromium shortlist tests drive the star with Playwright locators, which stop at one; they run on
// the test-only build (ROLELENS_TEST_ALL_URLS=1, never shipped), whose badges use an open root.
//
// A page can squat the tag: define its own <rolelens-badge> that attaches a shadow root, or one
// with shadow roots disabled. Then attachShadow throws, and this page's badges use a fallback tag
// with a random suffix (logged once), which no page can define in advance.
import { BADGE_CSS } from './badge-style';
import type { BadgeView } from './badge-view';

export const BADGE_TAG = 'rolelens-badge';
const SHADOW_MODE: ShadowRootMode = import.meta.env.ROLELENS_TEST_OPEN_BADGES === '1' ? 'open' : 'closed';

/** Our badges' tags: BADGE_TAG, or a fallback `rolelens-badge-<random>` on a page that squatted it. */
export function isBadgeTag(localName: string): boolean {
  return localName === BADGE_TAG || localName.startsWith(`${BADGE_TAG}-`);
}

export function isBadge(node: Node | null | undefined): node is HTMLElement {
  return !!node && node.nodeType === 1 && isBadgeTag((node as Element).localName);
}

/** The fallback tag a document's badges use after the page squatted BADGE_TAG. */
const fallbackTags = new WeakMap<Document, string>();

/** A selector for every badge in this document (both tags once a fallback is in use). */
export function badgeSelector(doc: Document): string {
  const fallback = fallbackTags.get(doc);
  return fallback ? `${BADGE_TAG}, ${fallback}` : BADGE_TAG;
}

function randomSuffix(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => (b % 36).toString(36)).join('');
}

/** A host element with our own closed shadow root; falls back to another tag where the page squatted ours. */
function hostWithShadow(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  const tag = fallbackTags.get(doc) ?? BADGE_TAG;
  try {
    const host = doc.createElement(tag);
    // The page's own element already holds a root (attachShadow would throw anyway; say why).
    if (host.shadowRoot) throw new Error(`the page defines <${tag}> with a shadow root of its own`);
    return { host, shadow: host.attachShadow({ mode: SHADOW_MODE }) };
  } catch (error) {
    if (tag !== BADGE_TAG) throw error;
    const fallback = `${BADGE_TAG}-${randomSuffix()}`;
    fallbackTags.set(doc, fallback);
    // Said once per page, in every build: badges silently missing would be worse.
    console.warn(
      `[RoleLens] This page took the <${BADGE_TAG}> tag (${error instanceof Error ? error.message : String(error)}); its badges use <${fallback}> instead.`,
    );
    return hostWithShadow(doc);
  }
}

/** Each badge's closed shadow root, for this module and the content script's tests. */
const shadows = new WeakMap<HTMLElement, ShadowRoot>();

export function badgeShadow(host: HTMLElement): ShadowRoot | undefined {
  return shadows.get(host);
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

const SVG = 'http://www.w3.org/2000/svg';
const SVG_ATTRIBUTES = { viewBox: '0 0 16 16', width: '1em', height: '1em', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.6', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };

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
  // The tag's icon (the popup's SVG path, src/shared/tag-vocabulary.ts): one path, redrawn by its "d".
  const svg = doc.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries(SVG_ATTRIBUTES)) svg.setAttribute(name, value);
  svg.append(doc.createElementNS(SVG, 'path'));
  icon.append(svg);
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
  // The verdict's state (label, mode, unsure, muted) is set on this wrapper, inside the closed root.
  const badge = doc.createElement('span');
  badge.className = 'badge';
  badge.append(button, tip, save, status);
  template.append(badge);
  templates.set(doc, template);
  return template;
}

interface BadgeParts {
  badge: Element;
  button: Element;
  /** The icon's SVG path. */
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
  const { host, shadow } = hostWithShadow(doc);
  shadows.set(host, shadow);
  host.dataset.jobId = jobId;
  shadow.append(shadowTemplate(doc).cloneNode(true));
  styleShadow(shadow, doc);
  const badge = shadow.querySelector('.badge')!;
  const button = badge.querySelector('button')!;
  const tip = button.nextElementSibling!;
  const save = tip.nextElementSibling as HTMLButtonElement;
  const status = save.nextElementSibling!;
  partsOf.set(host, { badge, button, icon: button.firstElementChild!.querySelector('path')!, text: button.lastElementChild!, tip, save, status });
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

function setFlag(el: Element, name: string, on: boolean): void {
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
  host.hidden = view.hidden;
  const parts = partsOf.get(host);
  if (!parts) return;
  const { badge, button, icon, text, tip, save } = parts;
  badge.setAttribute('data-label', view.label);
  badge.setAttribute('data-mode', view.mode);
  setFlag(badge, 'data-unsure', view.unsure);
  setFlag(badge, 'data-muted', view.muted);
  button.setAttribute('aria-label', view.accessibleName);
  save.setAttribute('aria-pressed', String(view.saved));
  save.setAttribute('aria-label', view.saveLabel);
  save.firstElementChild!.textContent = view.saved ? '★' : '☆';
  icon.setAttribute('d', view.icon);
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
