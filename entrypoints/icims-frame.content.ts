// iCIMS career sites are usually embedded in an employer's page as an iframe
// (…icims.com/jobs/search?in_iframe=1). Only this script runs in frames (allFrames), and only
// on iCIMS addresses; the top-level iCIMS page is handled by the main content script.
import '../src/content/page.css';
import { runContentScript } from '../src/content/session';
import { siteAdapters } from '../src/sites/registry';

export default defineContentScript({
  matches: siteAdapters.find((a) => a.id === 'icims')?.matches ?? ['*://*.icims.com/*'],
  allFrames: true,
  runAt: 'document_start',
  // WXT stops an older copy of this script with a DOM event; its extra window.postMessage (kept for
  // scripts built with older WXT) reaches the page's own message listeners and cost ~4 ms at start.
  noScriptStartedPostMessage: true,
  main: (ctx) => (window.top === window ? undefined : runContentScript(ctx)),
});
