// The small engine that turns one board's declarations (src/sites/<board>.ts) into a SiteAdapter.
// Boards declare selectors as ordered fallback lists; the engine reads them, in that order.
import { readEmbeddedJobs, type EmbeddedJobList } from './embedded';
import { jobPostingInSteps } from './jsonld';
import { drain } from './steps';
import { blockText, blockTextInSteps, cleanText, htmlToText, stripSuffix } from './text';
import type { DetailPosting, ListingCard, SiteAdapter } from './types';

/** Where a job id comes from. The first source that yields a value wins. */
export type IdSource =
  /** An attribute of the scope element itself or of its first descendant matching `sel`. */
  | { attr: string; sel?: string; pattern?: RegExp; /** look in the whole document (e.g. the selected card) */ global?: boolean }
  /** A link's href (query parameter or path pattern), resolved against the page URL. */
  | { href: string; param?: string; pattern?: RegExp }
  /** The page URL: a query parameter or a pattern on the path. */
  | { url: 'param'; param: string }
  | { url: 'path'; pattern: RegExp }
  /** The text of an element (e.g. a "Job ID" field). */
  | { text: string; pattern?: RegExp };

export interface CardDeclaration {
  /** Card root selectors; all are tried and their matches combined (deduplicated by job id). */
  card: string[];
  id: IdSource[];
  title: string[];
  company?: string[];
  location?: string[];
  snippet?: string[];
  /** Defaults to the title element. */
  badgeAnchor?: string[];
  /** The board's embedded job list: fills company, location and snippet (titles stay as shown). */
  embedded?: EmbeddedJobList;
}

export interface DetailDeclaration {
  /** Only when the page URL fits (e.g. a job page path); default: always. */
  when?: (url: URL) => boolean;
  /** The detail container (a search page's pane); default: the whole document. */
  root?: string[];
  id: IdSource[];
  title: string[];
  company?: string[];
  location?: string[];
  description: string[];
  /** Whether the page's own JSON-LD describes this posting (true on job pages, false in panes). */
  jsonLd?: boolean;
  /** Required for a pane: without a description there is nothing shown in full. */
  requireDescription?: boolean;
  /** Join every element the description selectors match (e.g. USAJOBS' Summary and Duties sections). */
  joinDescription?: boolean;
  /** When no id source answers: the id of the card whose title is the pane's title. */
  idFromCardTitle?: boolean;
}

export interface SiteDeclaration {
  id: string;
  name: string;
  matches: string[];
  matchesUrl: (url: URL) => boolean;
  /** Signs of a bot check or login wall, in addition to the common ones below. */
  blocked?: { selectors?: string[]; titles?: RegExp[]; paths?: RegExp[] };
  cards?: CardDeclaration[];
  detail?: DetailDeclaration[];
  /** Trailing boilerplate to remove from titles (e.g. Indeed's hidden " - job post"). */
  titleSuffixes?: RegExp[];
}

/** Walls every board can show: Cloudflare's challenge pages. */
const COMMON_BLOCK_SELECTORS = [
  '#challenge-form',
  '#challenge-running',
  '#cf-challenge-running',
  'script[src*="/cdn-cgi/challenge-platform/"]',
  'form[action*="__cf_chl"]',
];
const COMMON_BLOCK_TITLES = [/^just a moment\.{0,3}$/i, /^attention required!? \| cloudflare$/i];

/** First element matching any selector, in the order given (scope itself included). */
function queryFirst(scope: ParentNode, selectors: readonly string[] | undefined): Element | null {
  for (const selector of selectors ?? []) {
    const self = scope as Element;
    if (typeof self.matches === 'function' && self.matches(selector)) return self;
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * One element's short text: <meta> gives its content, a logo <img> its alt ("GitLab Logo" → "GitLab");
 * otherwise textContent, or aria-label where the visible text is empty.
 */
function inlineText(element: Element): string {
  switch (element.tagName) {
    case 'META':
      return cleanText(element.getAttribute('content'));
    case 'IMG':
      return cleanText(element.getAttribute('alt')).replace(/\s*\blogo$/i, '');
    default:
      return cleanText(element.textContent) || cleanText(element.getAttribute('aria-label'));
  }
}

/** First non-empty text among the selectors. */
function firstText(scope: ParentNode, selectors: readonly string[] | undefined): { text: string; element: Element } | null {
  for (const selector of selectors ?? []) {
    for (const element of scope.querySelectorAll(selector)) {
      // aria-label / title carry the full text where the visible one is truncated or decorated.
      const text = inlineText(element);
      if (text) return { text, element };
    }
  }
  return null;
}

function applyPattern(value: string | null | undefined, pattern?: RegExp): string | null {
  if (!value) return null;
  if (!pattern) return cleanText(value) || null;
  const match = pattern.exec(value);
  return match ? (match[1] ?? match[0]) : null;
}

function readId(scope: ParentNode, sources: readonly IdSource[], pageUrl: URL): string | null {
  for (const source of sources) {
    let id: string | null = null;
    if ('attr' in source) {
      const base = source.global ? ((scope as Node).ownerDocument ?? scope) : scope;
      const el = source.sel ? queryFirst(base, [source.sel]) : (scope as Element);
      id = applyPattern(el?.getAttribute?.(source.attr), source.pattern);
    } else if ('href' in source) {
      const link = queryFirst(scope, [source.href]);
      const href = link?.getAttribute('href');
      if (href) {
        try {
          const target = new URL(href, pageUrl);
          id = source.param
            ? applyPattern(target.searchParams.get(source.param), source.pattern)
            : applyPattern(target.pathname, source.pattern);
        } catch {
          id = null; // An unparsable href is simply not an id source.
        }
      }
    } else if ('url' in source) {
      id =
        source.url === 'param'
          ? applyPattern(pageUrl.searchParams.get(source.param))
          : applyPattern(pageUrl.pathname, source.pattern);
    } else {
      const el = queryFirst(scope, [source.text]);
      id = applyPattern(cleanText(el?.textContent), source.pattern);
    }
    if (id) return id;
  }
  return null;
}

/** Readable text; a <meta> (e.g. og:description, the only description on some pages) gives its content. */
function elementText(element: Element): string {
  return element.tagName === 'META' ? cleanText(element.getAttribute('content')) : blockText(element);
}

/** A rendered element, where the browser can tell (happy-dom cannot, and then all count). */
export function looksRendered(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}

/**
 * The cards, read one element per step: the scanner drives it in time slices on big pages (2,000
 * cards took ~120 ms in one go), findCards drains it at once.
 */
function* readCards(decl: SiteDeclaration, doc: Document, url: URL): Generator<void, ListingCard[]> {
  const byId = new Map<string, ListingCard>();
  for (const cardDecl of decl.cards ?? []) {
    const embedded = cardDecl.embedded ? readEmbeddedJobs(doc, cardDecl.embedded) : null;
    // An element a broader fallback selector matches again reads the same: skip it rather than
    // read it twice (and force a style pass through checkVisibility for the duplicate check).
    const seen = new Set<Element>();
    for (const selector of cardDecl.card) {
      const elements = doc.querySelectorAll(selector);
      yield; // a :has() selector over a 2,000-card page is a step of its own (~20 ms)
      for (const element of elements) {
        if (seen.has(element)) continue;
        seen.add(element);
        yield;
        const jobId = readId(element, cardDecl.id, url);
        const title = firstText(element, cardDecl.title);
        if (!jobId || !title) continue;
        const existing = byId.get(jobId);
        // A board that renders a card twice (mobile + desktop) gets one card: the rendered one.
        if (existing && (looksRendered(existing.element) || !looksRendered(element))) continue;
        if (existing && existing.element.contains(element)) continue;
        const data = embedded?.get(jobId);
        byId.set(jobId, {
          jobId,
          title: stripSuffix(title.text, decl.titleSuffixes ?? []),
          company: data?.company ? cleanText(data.company) : firstText(element, cardDecl.company)?.text,
          location: data?.location ? cleanText(data.location) : firstText(element, cardDecl.location)?.text,
          snippet: data?.snippet ? htmlToText(data.snippet, doc) : firstText(element, cardDecl.snippet)?.text,
          element,
          badgeAnchor: queryFirst(element, cardDecl.badgeAnchor) ?? title.element,
        });
      }
    }
  }
  return [...byId.values()];
}

function findCards(decl: SiteDeclaration, doc: Document, url: URL): ListingCard[] {
  return drain(readCards(decl, doc, url));
}

/**
 * JSON-LD gives title, company and location. For the description the text the page shows wins
 * when it is about as complete, because the evidence quoted from it is highlighted in the page;
 * JSON-LD fills in where the page shows none or only a cut-down part (collapsed "show more").
 */
export function pickDescription(shown: string, fromJsonLd: string): string {
  if (!fromJsonLd) return shown;
  return shown.length >= fromJsonLd.length * 0.6 ? shown : fromJsonLd;
}

const looseTitle = (title: string) => title.toLowerCase().replace(/(?:\.\.\.|…)$/, '').trim();

function titlesAgree(a: string, b: string): boolean {
  const [x, y] = [looseTitle(a), looseTitle(b)];
  return x.includes(y) || y.includes(x);
}

/**
 * A pane switching in place can lag behind the URL (or the highlighted card) for a moment. When
 * the card with the pane's id shows a different title, the card whose title the pane shows is
 * the one really shown; without such a card the id stands.
 */
function reconcilePaneId(id: string, paneTitle: string, cards: ListingCard[]): string {
  const card = cards.find((c) => c.jobId === id);
  if (!card || titlesAgree(card.title, paneTitle)) return id;
  const shown = cards.filter((c) => titlesAgree(c.title, paneTitle));
  return shown.length === 1 && shown[0] ? shown[0].jobId : id;
}

/**
 * The posting shown in full, read in a few steps (JSON-LD, then the shown description), so a
 * 1 MB posting is not read in one task (~65 ms); findDetail runs it at once.
 */
function* readDetail(decl: SiteDeclaration, doc: Document, url: URL): Generator<void, DetailPosting | null> {
  for (const detailDecl of decl.detail ?? []) {
    if (detailDecl.when && !detailDecl.when(url)) continue;
    const root: ParentNode | null = detailDecl.root ? queryFirst(doc, detailDecl.root) : doc;
    if (!root) continue;
    const jobId = readId(root, detailDecl.id, url);
    const ld = detailDecl.jsonLd ? yield* jobPostingInSteps(doc, jobId) : null;
    yield;
    const titleHit = firstText(root, detailDecl.title);
    const descriptionElement = queryFirst(root, detailDecl.description) ?? undefined;
    const shown = detailDecl.joinDescription
      ? [...root.querySelectorAll(detailDecl.description.join(', '))].map(elementText).filter(Boolean).join('\n')
      : descriptionElement?.tagName === 'META'
        ? elementText(descriptionElement)
        : descriptionElement
          ? yield* blockTextInSteps(descriptionElement)
          : '';
    yield;
    const description = pickDescription(shown, ld?.description ?? '');
    const title = ld?.title ?? (titleHit ? stripSuffix(titleHit.text, decl.titleSuffixes ?? []) : '');
    let id = jobId ?? ld?.identifier ?? null;
    if (!id && detailDecl.idFromCardTitle && title) {
      id = findCards(decl, doc, url).find((card) => card.title === title)?.jobId ?? null;
    }
    if (id && title && detailDecl.root) id = reconcilePaneId(id, title, findCards(decl, doc, url));
    const badgeAnchor = titleHit?.element ?? null;
    if (!id || !title || !badgeAnchor) continue;
    if (detailDecl.requireDescription && !description) continue;
    return {
      jobId: id,
      title,
      company: ld?.company ?? firstText(root, detailDecl.company)?.text,
      location: ld?.location ?? firstText(root, detailDecl.location)?.text,
      description,
      descriptionElement,
      badgeAnchor,
    };
  }
  return null;
}

function findDetail(decl: SiteDeclaration, doc: Document, url: URL): DetailPosting | null {
  return drain(readDetail(decl, doc, url));
}

function isBlocked(decl: SiteDeclaration, doc: Document, url?: URL): boolean {
  const title = cleanText(doc.title);
  const titles = [...COMMON_BLOCK_TITLES, ...(decl.blocked?.titles ?? [])];
  if (titles.some((pattern) => pattern.test(title))) return true;
  if (url && decl.blocked?.paths?.some((pattern) => pattern.test(url.pathname))) return true;
  const selectors = [...COMMON_BLOCK_SELECTORS, ...(decl.blocked?.selectors ?? [])];
  return selectors.some((selector) => doc.querySelector(selector) !== null);
}

/** Build the adapter for one board's declarations. */
export function defineSite(decl: SiteDeclaration): SiteAdapter & { declaration: SiteDeclaration } {
  return {
    id: decl.id,
    name: decl.name,
    matches: decl.matches,
    declaration: decl,
    matchesUrl: decl.matchesUrl,
    isBlocked: (doc) => isBlocked(decl, doc, doc.location ? safeUrl(doc.location.href) : undefined),
    findCards: (doc, url) => findCards(decl, doc, url),
    cardsInSteps: (doc, url) => readCards(decl, doc, url),
    detailInSteps: (doc, url) => readDetail(decl, doc, url),
    findDetail: (doc, url) => findDetail(decl, doc, url),
  };
}

function safeUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/** Host test for a list of registrable domains (subdomains included). */
export function hostIn(domains: readonly string[]): (url: URL) => boolean {
  const escaped = domains.map((d) => d.replace(/\./g, '\\.')).join('|');
  const pattern = new RegExp(`(^|\\.)(${escaped})$`, 'i');
  return (url) => pattern.test(url.hostname);
}
