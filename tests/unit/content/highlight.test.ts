import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearHighlight, highlightEvidence } from '../../../src/content/highlight';

const deps = { setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms) };

function posting(): Element {
  const div = document.createElement('div');
  div.innerHTML = '<p>About us.</p><p>You will <b>own the budget</b> of three clinics.</p>'; // test input only
  document.body.replaceChildren(div);
  return div;
}

describe('highlightEvidence', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearHighlight(document);
  });

  it('registers the sentence with the CSS Custom Highlight API when it exists', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    const root = posting();
    const before = root.innerHTML;
    Element.prototype.scrollIntoView ??= () => undefined;
    expect(highlightEvidence(root, 'You will own the budget of three clinics.', 'budget', deps)).toBe(true);
    expect(registry.get('rolelens')?.ranges[0]?.toString()).toBe('You will own the budget of three clinics.');
    expect(root.innerHTML).toBe(before);
    clearHighlight(document);
    expect(registry.has('rolelens')).toBe(false);
  });

  it('falls back to overlay boxes when the API refuses, and never edits the posting', () => {
    vi.stubGlobal('CSS', { highlights: { set: () => { throw new Error('no'); }, delete: () => undefined } });
    vi.stubGlobal('Highlight', class {});
    const root = posting();
    const before = root.innerHTML;
    Element.prototype.scrollIntoView ??= () => undefined;
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 1, top: 2, width: 50, height: 10 }] as unknown as DOMRectList);
    expect(highlightEvidence(root, 'own the budget', '', deps)).toBe(true);
    expect(document.querySelectorAll('rolelens-overlay[data-kind="highlight"]')).toHaveLength(1);
    expect(root.innerHTML).toBe(before);
  });

  it('returns false when the sentence is not in the posting', () => {
    expect(highlightEvidence(posting(), 'Not there.', 'nowhere', deps)).toBe(false);
  });
});
