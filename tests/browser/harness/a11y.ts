// Accessibility checks for the Chromium tests: axe-core (through @axe-core/playwright) at WCAG 2.2
// AA in light and dark, and a keyboard walk that presses Tab through a page and records, for every
// stop, whether a focus ring is drawn, and which controls Tab never reached.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Every WCAG 2.0, 2.1 and 2.2 rule at levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export type ColorScheme = 'light' | 'dark';

export interface AxeOptions {
  /** Only this part of the page (a CSS selector). */
  include?: string;
  /** Rules switched off, each with the reason (the reason is the documentation; keep it true). */
  disabled?: Record<string, string>;
}

/** axe's violations in one colour scheme, as short lines a failing assertion can show. */
export async function axeViolations(page: Page, colorScheme: ColorScheme, options: AxeOptions = {}): Promise<string[]> {
  await page.emulateMedia({ colorScheme });
  let builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (options.include) builder = builder.include(options.include);
  const disabled = Object.keys(options.disabled ?? {});
  if (disabled.length) builder = builder.disableRules(disabled);
  const results = await builder.analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${colorScheme} ${v.id} (${v.impact}): ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
  );
}

/** Violations in light and in dark (the scheme is left on light afterwards). */
export async function axeBothSchemes(page: Page, options: AxeOptions = {}): Promise<string[]> {
  const found = [...(await axeViolations(page, 'light', options)), ...(await axeViolations(page, 'dark', options))];
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

export interface FocusStop {
  /** A short description: tag, test id or accessible label, text. */
  what: string;
  /** Inside RoleLens's badge (a shadow root on a board page). */
  inBadge: boolean;
  /** A focus ring is drawn: an outline of 2 px or more (or the browser's own "auto" ring). */
  ring: boolean;
  outline: string;
}

export interface KeyboardWalk {
  stops: FocusStop[];
  /** Visible, enabled controls Tab never reached (one radio of a group stands for the group). */
  unreached: string[];
}

/**
 * Presses Tab until focus comes back round to a control already seen (or `limit` stops), then
 * lists the controls never reached. Focus may start mid-page: past the last control it leaves the
 * page and the next Tab starts again at the top. Works through open shadow roots (the badges).
 */
export async function walkWithTab(page: Page, limit = 400): Promise<KeyboardWalk> {
  await page.evaluate(() => {
    const w = window as unknown as { __a11ySeen?: WeakMap<Element, number> };
    w.__a11ySeen = new WeakMap();
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
  });
  const stops: FocusStop[] = [];
  let outside = 0;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((index: number) => {
      const w = window as unknown as { __a11ySeen: WeakMap<Element, number> };
      let el: Element | null = document.activeElement;
      let inBadge = false;
      while (el?.shadowRoot?.activeElement) {
        inBadge ||= el.localName === 'rolelens-badge';
        el = el.shadowRoot.activeElement;
      }
      if (!el || el === document.body || el === document.documentElement) return null;
      if (w.__a11ySeen.has(el)) return 'wrapped';
      w.__a11ySeen.set(el, index);
      const css = getComputedStyle(el);
      const width = parseFloat(css.outlineWidth) || 0;
      const ring = css.outlineStyle !== 'none' && (css.outlineStyle === 'auto' || width >= 2);
      const label = el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
      return { what: `${el.localName}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''} ${label}`, inBadge, ring, outline: `${css.outlineStyle} ${css.outlineWidth} ${css.outlineColor}` };
    }, i);
    if (stop === 'wrapped') break;
    if (stop === null) {
      // Focus left the page after its last control; twice in a row means nothing is focusable.
      if (++outside === 2) break;
      continue;
    }
    outside = 0;
    stops.push(stop);
  }
  const unreached = await page.evaluate(() => {
    const w = window as unknown as { __a11ySeen: WeakMap<Element, number> };
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const all: Element[] = [];
    const collect = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll(selector)) all.push(el);
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) collect(host.shadowRoot);
    };
    collect(document);
    const radiosReached = new Set(all.filter((el) => (el as HTMLInputElement).type === 'radio' && w.__a11ySeen.has(el)).map((el) => (el as HTMLInputElement).name));
    return all
      .filter((el) => {
        const control = el as HTMLInputElement;
        if (control.disabled || el.getAttribute('tabindex') === '-1' || control.type === 'hidden') return false;
        if (!(el as HTMLElement).checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
        if (control.type === 'radio' && radiosReached.has(control.name)) return false;
        return !w.__a11ySeen.has(el);
      })
      .map((el) => `${el.localName} ${el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40)}`);
  });
  return { stops, unreached };
}
