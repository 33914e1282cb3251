// Shows the popup's evidence on the page: scroll to the sentence and highlight it with the CSS
// Custom Highlight API (styled by ::highlight(rolelens) in page.css), or with overlay boxes where
// that API is missing. Neither way changes the site's nodes.
import { drawOverlay } from './overlay';
import { findEvidenceRange } from './find-text';

export const HIGHLIGHT_NAME = 'rolelens';
const OVERLAY_MS = 4000;

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function highlightRegistry(win: Window): { registry: HighlightRegistry; Highlight: new (...r: Range[]) => unknown } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

/** False where the API exists but refuses our Range (e.g. across a content-script sandbox). */
function registerHighlight(api: NonNullable<ReturnType<typeof highlightRegistry>>, range: Range): boolean {
  try {
    api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
    return true;
  } catch {
    return false;
  }
}

export interface HighlightDeps {
  setTimeout(handler: () => void, ms: number): number;
}

let removeOverlay: (() => void) | null = null;

/** Returns false (and changes nothing) when the sentence is not in the element. */
export function highlightEvidence(root: Element, sentence: string, cue: string, deps: HighlightDeps): boolean {
  const range = findEvidenceRange(root, sentence, cue);
  if (!range) return false;
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const start = range.startContainer.parentElement ?? root;
  start.scrollIntoView({ block: 'center' });
  removeOverlay?.();
  removeOverlay = null;
  const api = win ? highlightRegistry(win) : null;
  if (api && registerHighlight(api, range)) {
    // highlighted with ::highlight(rolelens)
  } else {
    const remove = drawOverlay(doc, [...range.getClientRects()], 'highlight');
    removeOverlay = remove;
    deps.setTimeout(() => {
      remove();
      if (removeOverlay === remove) removeOverlay = null;
    }, OVERLAY_MS);
  }
  return true;
}

export function clearHighlight(doc: Document): void {
  const win = doc.defaultView;
  if (win) highlightRegistry(win)?.registry.delete(HIGHLIGHT_NAME);
  removeOverlay?.();
  removeOverlay = null;
}

/** Scrolls a card into view and outlines it briefly with an overlay. */
export function flashElement(element: Element, deps: HighlightDeps): void {
  element.scrollIntoView({ block: 'center' });
  const remove = drawOverlay(element.ownerDocument, [element.getBoundingClientRect()], 'outline');
  deps.setTimeout(remove, 2000);
}
