// Thin entrypoint: everything lives in src/content (see session.ts). The matches come from the
// site registry so the manifest and the adapters never disagree.
import '../src/content/page.css';
import { runContentScript } from '../src/content/session';
import { contentScriptMatches } from '../src/sites/registry';

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_start',
  main: (ctx) => runContentScript(ctx),
});
