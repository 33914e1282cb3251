// The guard against a forged WXT "content script started" event, with WXT's own
// ContentScriptContext (happy-dom, WXT's fake browser): a forged event changes nothing, a real
// newer copy of the script still stops the older one, and so does the extension going away.
import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardScriptStartedEvent, scriptStartedEventType } from '../../../src/content/start-guard';

const invalidated = (ctx: ContentScriptContext) => new Promise<void>((resolve) => ctx.onInvalidated(() => resolve()));

function start(world: Record<string, unknown>, gone = () => false) {
  const ctx = new ContentScriptContext('content');
  let forged!: () => void;
  const forgedSeen = new Promise<void>((resolve) => (forged = resolve));
  guardScriptStartedEvent(ctx, { extensionGone: gone, onForged: () => forged(), world });
  return { ctx, forgedSeen };
}

describe('guardScriptStartedEvent', () => {
  it('names the event WXT dispatches when a context starts', () => {
    const seen: string[] = [];
    const type = scriptStartedEventType();
    expect(type).toMatch(/:wxt:content-script-started$/);
    document.addEventListener(type!, (event) => seen.push(event.type));
    const ctx = new ContentScriptContext('content');
    expect(seen).toEqual([type]);
    ctx.abort();
  });

  it('a forged event leaves the context valid (unguarded, the same event invalidates it)', async () => {
    const type = scriptStartedEventType()!;
    const forge = () => document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'x' } }));

    const unguarded = new ContentScriptContext('content');
    forge();
    expect(unguarded.isValid).toBe(false);

    const { ctx, forgedSeen } = start({});
    forge();
    await forgedSeen;
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });

  it('a real newer copy (which claims the same world) still stops the older one', async () => {
    const world = {};
    const older = start(world);
    const stopped = invalidated(older.ctx);
    const newer = start(world);
    await stopped;
    expect(older.ctx.isValid).toBe(false);
    expect(newer.ctx.isValid).toBe(true);
    newer.ctx.abort();
  });

  it('any such event stops a copy whose extension is gone', async () => {
    let gone = false;
    const { ctx } = start({}, () => gone);
    const stopped = invalidated(ctx);
    gone = true;
    document.dispatchEvent(new CustomEvent(scriptStartedEventType()!, { detail: { contentScriptName: 'content', messageId: 'y' } }));
    await stopped;
    expect(ctx.isValid).toBe(false);
  });
});
