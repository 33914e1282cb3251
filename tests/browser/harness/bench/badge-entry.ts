// Bench page script (bundled by bench-badges.mjs): inserts 100 badges with our hand-written
// element and 100 with WXT's createShadowRootUi, and reports the time each took.
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createBadge, renderBadge } from '../../../../src/content/badge-element';
import { BADGE_CSS } from '../../../../src/content/badge-style';
import { badgeView } from '../../../../src/content/badge-view';
import type { BadgeVerdict } from '../../../../src/shared/protocol';

const verdict: BadgeVerdict = { label: 'management', confidence: 0.82, mode: 'title', reasons: ['“budget” — Budgets'] };
const display = { badgeStyle: 'compact', notApplicable: 'dim', tagFilter: { mode: 'off', label: null }, minConfidence: 0, theme: 'auto' } as const;

function makeCards(n: number): HTMLElement[] {
  const list = document.createElement('ul');
  document.body.replaceChildren(list);
  return Array.from({ length: n }, (_, i) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.textContent = `Director of Operations ${i}`;
    li.append(a);
    list.append(li);
    return a;
  });
}

const fakeCtx = { onInvalidated: () => () => undefined, options: {} } as unknown as ContentScriptContext;

async function handWritten(n: number): Promise<number> {
  const anchors = makeCards(n);
  const t0 = performance.now();
  for (const [i, anchor] of anchors.entries()) {
    const badge = createBadge(document, `j${i}`, () => undefined);
    anchor.after(badge);
    renderBadge(badge, `j${i}`, badgeView(verdict, display as never, { compact: true }));
  }
  document.body.getBoundingClientRect(); // include style and layout
  return performance.now() - t0;
}

async function wxtShadowRootUi(n: number): Promise<number> {
  const anchors = makeCards(n);
  const t0 = performance.now();
  await Promise.all(
    anchors.map(async (anchor, i) => {
      const ui = await createShadowRootUi(fakeCtx, {
        name: 'rolelens-badge',
        position: 'inline',
        anchor,
        append: 'after',
        css: BADGE_CSS,
        // The same content as our badge's shadow root, mounted in WXT's container.
        onMount: (container, _shadow, host) => {
          const view = badgeView(verdict, display as never, { compact: true });
          host.dataset.jobId = `j${i}`;
          host.dataset.label = view.label;
          const button = document.createElement('button');
          button.setAttribute('aria-label', view.accessibleName);
          const icon = document.createElement('span');
          icon.textContent = view.icon;
          const text = document.createElement('span');
          text.textContent = view.text;
          const tip = document.createElement('div');
          tip.setAttribute('role', 'tooltip');
          const p = document.createElement('p');
          p.textContent = view.reasons[0] ?? '';
          tip.append(p);
          button.append(icon, text);
          container.append(button, tip);
        },
      });
      ui.mount();
    }),
  );
  document.body.getBoundingClientRect();
  return performance.now() - t0;
}

(globalThis as Record<string, unknown>).runBadgeBench = async (n: number, rounds: number) => {
  const results: Record<string, number[]> = { handWritten: [], createShadowRootUi: [] };
  for (let r = 0; r < rounds; r++) {
    results.handWritten!.push(await handWritten(n));
    results.createShadowRootUi!.push(await wxtShadowRootUi(n));
  }
  return results;
};
