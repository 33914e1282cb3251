// Which page changes need a re-scan. A page that keeps changing some text (a clock ticking every
// 100 ms, a counter, a carousel caption) used to get a full re-read on every debounced change: with
// 1 MB of JSON-LD that was ~80 ms of script per second for as long as the page was open.
//
// A change needs a scan when elements come or go (new cards, a re-rendered pane), when text changes
// in what a scan reads (the scanner's watch roots: cards, their list, the detail's title and
// description) or in <head> or a <script> (titles, JSON-LD, embedded data), and the first times
// any other text changes (a card being filled in). Text outside all of those that changed again
// and again within a short window is a ticker, and is ignored for as long as the page is open.
export interface ChangeFilterOptions {
  /** What a scan reads; null while nothing was found (then every change counts). */
  roots(): ReadonlySet<Element> | null;
  now(): number;
  /** Changes to one element within windowMs that make it a ticker. */
  tickerChanges?: number;
  windowMs?: number;
}

function hasElement(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === 1) return true;
  return false;
}

export class ChangeFilter {
  private readonly changes = new WeakMap<Element, { count: number; since: number }>();
  private readonly tickerChanges: number;
  private readonly windowMs: number;

  constructor(private readonly options: ChangeFilterOptions) {
    this.tickerChanges = options.tickerChanges ?? 3;
    this.windowMs = options.windowMs ?? 10_000;
  }

  /** Does this mutation record call for a scan? */
  needsScan(record: MutationRecord): boolean {
    if (record.type === 'childList' && (hasElement(record.addedNodes) || hasElement(record.removedNodes))) return true;
    const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
    if (!target) return true;
    const roots = this.options.roots();
    if (!roots) return true;
    for (let element: Element | null = target; element; element = element.parentElement) {
      if (roots.has(element)) return true;
      const name = element.localName;
      if (name === 'head' || name === 'script') return true;
    }
    return !this.isTicker(target);
  }

  /** Once a ticker, always a ticker (a clock does not stop being one between two bursts). */
  private isTicker(element: Element): boolean {
    const now = this.options.now();
    const seen = this.changes.get(element);
    if (seen && seen.count > this.tickerChanges) return true;
    if (!seen || now - seen.since > this.windowMs) {
      this.changes.set(element, { count: 1, since: now });
      return false;
    }
    seen.count++;
    return seen.count > this.tickerChanges;
  }
}
