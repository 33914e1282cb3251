// Thin entrypoint: everything lives in src/content (see session.ts). The matches come from the
// site registry so the manifest and the adapters never disagree.
import '../src/content/page.css';
import { runContentScript } from '../src/content/session';
import { contentScriptMatches } from '../src/sites/registry';

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_start',
  // WXT stops an older copy of this script with a DOM event; its extra window.postMessage (kept for
  // scripts built with older WXT) reaches the page's own message listeners and cost ~4 ms at start.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx),
});
