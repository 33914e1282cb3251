// Dims or hides cards that are not of the chosen tag, and puts their own style back when the
// filter is cleared. Only the card root's inline opacity/display is touched, never its content.
import type { DisplaySettings } from '../settings/schema';

interface Saved {
  mode: 'dim' | 'hide';
  opacity: [string, string];
  display: [string, string];
}

const DIM_OPACITY = '0.35';

export class TagFilter {
  private readonly applied = new Map<Element, Saved>();

  /** labels: each card root with its verdict's label. */
  apply(labels: Map<Element, string>, filter: DisplaySettings['tagFilter']): void {
    const wanted = new Map<Element, 'dim' | 'hide'>();
    if (filter.mode !== 'off' && filter.label) {
      for (const [card, label] of labels) if (label !== filter.label) wanted.set(card, filter.mode);
    }
    for (const [card, saved] of this.applied) {
      if (wanted.get(card) !== saved.mode) this.restore(card, saved);
    }
    for (const [card, mode] of wanted) {
      if (this.applied.has(card) || !(card instanceof HTMLElement || 'style' in card)) continue;
      const style = (card as HTMLElement).style;
      this.applied.set(card, {
        mode,
        opacity: [style.getPropertyValue('opacity'), style.getPropertyPriority('opacity')],
        display: [style.getPropertyValue('display'), style.getPropertyPriority('display')],
      });
      if (mode === 'dim') style.setProperty('opacity', DIM_OPACITY);
      else style.setProperty('display', 'none', 'important');
    }
  }

  clear(): void {
    for (const [card, saved] of this.applied) this.restore(card, saved);
  }

  private restore(card: Element, saved: Saved): void {
    const style = (card as HTMLElement).style;
    for (const [prop, [value, priority]] of [
      ['opacity', saved.opacity],
      ['display', saved.display],
    ] as const) {
      if (value) style.setProperty(prop, value, priority);
      else style.removeProperty(prop);
    }
    this.applied.delete(card);
  }
}
