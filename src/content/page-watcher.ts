// The page's one MutationObserver (debounced), plus SPA URL changes. Our own badge and overlay
// insertions are ignored so that rendering a badge never triggers another scan, and so are the
// changes `needsScan` turns down (change-filter.ts: tickers outside what a scan reads).
import { isBadgeTag } from './badge-element';
import { debounce, type Timers } from './debounce';
import { OVERLAY_TAG } from './overlay';

export const SCAN_DEBOUNCE_MS = 120;
export const SCAN_MAX_WAIT_MS = 600;

function isOwnNode(node: Node): boolean {
  const name = (node as Element).localName;
  return name === OVERLAY_TAG || (typeof name === 'string' && isBadgeTag(name));
}

/** True when a mutation record only added or removed our own elements. */
export function isOwnMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  // Indexed reads, no spread: a render of 100 badges brings 100 of these records at once.
  for (let i = 0; i < addedNodes.length; i++) if (!isOwnNode(addedNodes[i]!)) return false;
  for (let i = 0; i < removedNodes.length; i++) if (!isOwnNode(removedNodes[i]!)) return false;
  return true;
}

export interface PageWatcher {
  /** Run the callback soon (debounced), e.g. after a URL change. */
  poke(): void;
  stop(): void;
}

export function watchPage(
  root: Node,
  onChange: () => void,
  timers: Timers,
  options: { wait?: number; maxWait?: number; needsScan?: (record: MutationRecord) => boolean } = {},
): PageWatcher {
  const run = debounce(onChange, options.wait ?? SCAN_DEBOUNCE_MS, options.maxWait ?? SCAN_MAX_WAIT_MS, timers);
  const needsScan = options.needsScan ?? (() => true);
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !isOwnMutation(r) && needsScan(r))) run();
  });
  // Text edits too: some boards rewrite a pane's title and description in place.
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    poke: run,
    stop() {
      observer.disconnect();
      run.cancel();
    },
  };
}
