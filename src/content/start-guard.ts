// WXT stops an older copy of a content script when a newer one starts: the new copy's
// ContentScriptContext dispatches a "content script started" DOM event on the document, and every
// older context listening there invalidates itself. The event's name is public (extension id +
// entrypoint name), so a page can dispatch it too and switch RoleLens off until reload. WXT has no
// option to turn that listener off or to authenticate the event (wxt 0.21.4), so we guard it here.
//
// The guard listens for the same event on the window in the capture phase, which runs before
// WXT's listener on the document, and stops it there. It then decides by itself: a real newer copy
// of this script runs in our isolated world (the page cannot reach it) and claims a slot there
// right after it started; the event only stops us if that claim was made, or if the extension
// that injected us is gone. A forged event finds neither and changes nothing.
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The event name WXT dispatches, as WXT itself computes it (private, so read defensively). */
export function scriptStartedEventType(): string | null {
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  return typeof type === 'string' ? type : null;
}

export interface StartGuardOptions {
  /** True once the extension that injected this script was reloaded, updated or removed. */
  extensionGone(): boolean;
  /** Called once, on the first event that did not come from a newer copy. */
  onForged?(): void;
  /** The isolated world's global object (a parameter for tests). */
  world?: Record<string, unknown>;
}

/**
 * Makes a forged "content script started" event harmless for `ctx`; a real newer copy of the
 * script (which calls this too) still stops this one. Call it first thing in main().
 */
export function guardScriptStartedEvent(ctx: ContentScriptContext, options: StartGuardOptions): void {
  const type = scriptStartedEventType();
  if (!type) return; // a WXT without this event: nothing to guard
  const world = options.world ?? (globalThis as unknown as Record<string, unknown>);
  const slot = `rolelens:newest:${type}`;
  const self = {};
  world[slot] = self;
  let warned = false;
  const onStarted = (event: Event) => {
    // Other copies' guards on the window still run; WXT's listener on the document does not.
    event.stopPropagation();
    // A real newer copy claims the slot in the same task, right after dispatching: look after it.
    setTimeout(() => {
      if (ctx.isInvalid) return;
      if (world[slot] !== self || options.extensionGone()) {
        ctx.notifyInvalidated();
      } else if (!warned) {
        warned = true;
        options.onForged?.();
      }
    }, 0);
  };
  window.addEventListener(type, onStarted, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(type, onStarted, { capture: true }));
}
