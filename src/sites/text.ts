// Text cleanup shared by the adapters. Page text is only ever read (textContent), never
// written back as HTML.
import { drain } from './steps';

/** Collapse runs of whitespace (including non-breaking spaces) and trim. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Tags whose content starts on a new line when rendered. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Never part of the readable text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON']);

/** Nodes walked between two steps of blockTextInSteps (a 1 MB description has ~20,000). */
const NODES_PER_STEP = 4000;

/**
 * Readable text of an element with line breaks between blocks, so "<li>Budget</li><li>Staff</li>"
 * reads as two lines rather than "BudgetStaff" (textContent alone glues them together); in steps
 * of NODES_PER_STEP nodes (see steps.ts).
 */
export function* blockTextInSteps(root: Node): Generator<void, string> {
  const parts: string[] = [];
  // An explicit stack rather than recursion, so the walk can pause: a node to enter, or the
  // line break that closes a block element.
  const stack: (Node | '\n')[] = [root];
  let walked = 0;
  while (stack.length) {
    const node = stack.pop()!;
    if (node === '\n') {
      parts.push('\n');
      continue;
    }
    if (++walked % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      parts.push('\n');
      stack.push('\n');
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  yield;
  return cleanLines(parts.join(''));
}

/** Readable text of an element, at once (see blockTextInSteps). */
export function blockText(root: Node): string {
  return drain(blockTextInSteps(root));
}

function cleanLines(text: string): string {
  return text
    .split('\n')
    .map((line) => cleanText(line))
    .filter((line) => line.length > 0)
    .join('\n');
}

const LOOKS_LIKE_MARKUP = /<\/?[a-z][a-z0-9]*[\s>/]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/**
 * Plain text of an HTML fragment (a JSON-LD description), parsed into an inert document with
 * DOMParser: nothing is inserted into the live page, no script runs, no image loads.
 * Descriptions are sometimes encoded twice ("&lt;p&gt;…"), so a second pass decodes those.
 * Remembered per HTML string (a bounded memo, oldest out first): the same snippets and
 * descriptions come back on every scan. In steps, like blockTextInSteps.
 */
export function* htmlToTextInSteps(html: string, doc?: Document): Generator<void, string> {
  const known = decoded.get(html);
  if (known !== undefined) return known;
  const Parser = doc?.defaultView?.DOMParser ?? globalThis.DOMParser;
  let text = html;
  for (let pass = 0; pass < 2 && LOOKS_LIKE_MARKUP.test(text); pass++) {
    const inert = new Parser().parseFromString(text, 'text/html');
    yield;
    text = inert.body ? yield* blockTextInSteps(inert.body) : cleanText(inert.documentElement?.textContent);
  }
  const result = text.split('\n').map(cleanText).filter(Boolean).join('\n');
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value as string);
  decoded.set(html, result);
  return result;
}

/** Plain text of an HTML fragment, at once (see htmlToTextInSteps). */
export function htmlToText(html: string, doc?: Document): string {
  return drain(htmlToTextInSteps(html, doc));
}

const DECODED_MAX = 5000;
const decoded = new Map<string, string>();

/** Remove a trailing boilerplate suffix such as Indeed's hidden " - job post". */
export function stripSuffix(text: string, suffixes: RegExp[]): string {
  let out = text;
  for (const suffix of suffixes) out = out.replace(suffix, '');
  return cleanText(out);
}

/** Of these headings, the one that shows exactly the title, else the first that contains it. */
export function headingShowing(headings: readonly Element[], title: string): Element | undefined {
  const wanted = title.toLowerCase();
  const shown = headings.map((h) => cleanText(h.textContent).toLowerCase());
  const at = shown.indexOf(wanted);
  return headings[at >= 0 ? at : shown.findIndex((text) => text.includes(wanted))];
}
