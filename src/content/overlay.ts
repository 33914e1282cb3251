// Boxes drawn over the page (evidence highlight fallback, "here is the posting" outline).
// They are our own absolutely positioned elements on <html>; site nodes are never touched.
export const OVERLAY_TAG = 'rolelens-overlay';

export interface OverlayBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Draws boxes at viewport rects (converted to page coordinates); returns a remover. */
export function drawOverlay(doc: Document, rects: OverlayBox[], kind: 'highlight' | 'outline'): () => void {
  const win = doc.defaultView;
  const scrollX = win?.scrollX ?? 0;
  const scrollY = win?.scrollY ?? 0;
  const boxes = rects
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => {
      const box = doc.createElement(OVERLAY_TAG);
      box.dataset.kind = kind;
      const s = box.style;
      s.setProperty('all', 'initial');
      s.setProperty('position', 'absolute');
      s.setProperty('left', `${r.left + scrollX - 2}px`);
      s.setProperty('top', `${r.top + scrollY - 2}px`);
      s.setProperty('width', `${r.width + 4}px`);
      s.setProperty('height', `${r.height + 4}px`);
      s.setProperty('pointer-events', 'none');
      s.setProperty('z-index', '2147483646');
      s.setProperty('border-radius', '3px');
      if (kind === 'highlight') s.setProperty('background', 'rgb(255 214 0 / 0.35)');
      s.setProperty('outline', kind === 'highlight' ? '2px solid rgb(230 170 0)' : '3px solid rgb(11 79 138)');
      doc.documentElement.append(box);
      return box;
    });
  return () => boxes.forEach((b) => b.remove());
}
