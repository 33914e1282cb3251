// "Any page with JobPosting data": when the user turns it on in options (which asks for the
// optional <all_urls> host permission at that moment), the content script is registered for all
// other pages at run time; turned off or permission withdrawn → unregistered. Never up front.
import { browser } from 'wxt/browser';
import type { Settings } from '../settings/schema';

export const ANY_PAGE_SCRIPT_ID = 'rolelens-any-jobposting-page';

interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

function scripting(): ScriptingApi | null {
  return ((browser as unknown as { scripting?: ScriptingApi }).scripting ?? null);
}

async function hasAllUrls(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: ['<all_urls>'] });
  } catch {
    return false;
  }
}

/** Brings the registration in line with the settings; returns whether it is registered. */
export async function syncAnyPageScript(settings: Settings, boardMatches: string[]): Promise<boolean> {
  const api = scripting();
  if (!api) return false;
  const wanted = settings.sites.anyJobPostingPage && (await hasAllUrls());
  const registered = (await api.getRegisteredContentScripts({ ids: [ANY_PAGE_SCRIPT_ID] })).length > 0;
  if (wanted && !registered) {
    await api.registerContentScripts([
      {
        id: ANY_PAGE_SCRIPT_ID,
        js: ['content-scripts/content.js'],
        css: ['content-scripts/content.css'],
        matches: ['<all_urls>'],
        // The boards already have the manifest's content script.
        excludeMatches: boardMatches,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!wanted && registered) {
    await api.unregisterContentScripts({ ids: [ANY_PAGE_SCRIPT_ID] });
  }
  return wanted;
}
