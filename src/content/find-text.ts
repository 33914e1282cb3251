// Finds a quoted sentence in an element's text and returns a DOM Range over it, across any
// number of text nodes. Whitespace and case are compared loosely, since the classifier saw
// the text the adapter extracted (innerText-like), not the raw markup.

interface Position {
  node: Text;
  offset: number;
}

/** The element's text with runs of whitespace collapsed, and where each character came from. */
function flatten(root: Element): { text: string; positions: Position[] } {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  const positions: Position[] = [];
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript') continue;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] ?? '';
      if (/\s/.test(ch)) {
        if (lastWasSpace) continue;
        text += ' ';
        lastWasSpace = true;
      } else {
        text += ch.toLowerCase();
        lastWasSpace = false;
      }
      positions.push({ node, offset: i });
    }
    // Block boundaries without whitespace still separate words.
    if (!lastWasSpace) {
      text += ' ';
      positions.push({ node, offset: data.length });
      lastWasSpace = true;
    }
  }
  return { text, positions };
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A Range over the first occurrence of `needle` in `root`'s text, or null. */
export function findTextRange(root: Element, needle: string): Range | null {
  const wanted = normalize(needle);
  if (!wanted) return null;
  const { text, positions } = flatten(root);
  const at = text.indexOf(wanted);
  if (at < 0) return null;
  const start = positions[at];
  const end = positions[at + wanted.length - 1];
  if (!start || !end) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, Math.min(end.offset + 1, end.node.data.length));
  return range;
}

/** The sentence if it is there, else the cue alone (the sentence may span markup we flattened differently). */
export function findEvidenceRange(root: Element, sentence: string, cue: string): Range | null {
  return findTextRange(root, sentence) ?? (cue ? findTextRange(root, cue) : null);
}
