import { describe, expect, it } from 'vitest';
import { findEvidenceRange, findTextRange } from '../../../src/content/find-text';

function description(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html; // test input only
  document.body.replaceChildren(div);
  return div;
}

describe('findTextRange', () => {
  it('finds a sentence split across inline markup and odd whitespace', () => {
    const root = description('<p>About us.</p><p>You will <b>lead the\n   budget</b> for three clinics. Apply now.</p>');
    const range = findTextRange(root, 'You will lead the budget for three clinics.');
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('You will lead the budget for three clinics.');
  });

  it('matches regardless of case and returns null when absent', () => {
    const root = description('<p>Oversees Patient Scheduling.</p>');
    expect(findTextRange(root, 'oversees patient scheduling')?.toString()).toBe('Oversees Patient Scheduling');
    expect(findTextRange(root, 'manages the budget')).toBeNull();
  });

  it('falls back to the cue when the sentence is not there verbatim', () => {
    const root = description('<ul><li>Strategic planning</li><li>Budget ownership</li></ul>');
    expect(findEvidenceRange(root, 'Strategic planning and budget ownership.', 'Budget ownership')?.toString()).toBe(
      'Budget ownership',
    );
  });

  it('does not modify the element', () => {
    const root = description('<p>Leads <i>quality</i> improvement.</p>');
    const before = root.innerHTML;
    findTextRange(root, 'Leads quality improvement.');
    expect(root.innerHTML).toBe(before);
  });
});
