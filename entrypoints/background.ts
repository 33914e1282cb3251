// Thin entrypoint: the classifier runs here (compromise stays out of the content script), and the
// verdicts of the session live in the ledger, kept in session storage because the MV3 service
// worker is stopped when idle.
import { browser } from 'wxt/browser';
import { ClassifyService } from '../src/background/classify-service';
import { registerBackgroundHandlers } from '../src/background/handlers';
import { Ledger } from '../src/background/ledger';
import { LedgerStore } from '../src/background/ledger-store';
import { classify } from '../src/classifier';
import { criterionById } from '../src/classifier/criteria';
import { repairFutureVersionStamps } from '../src/storage/version-stamp';
import { sendMessage } from '../src/shared/protocol';
import { contentScriptMatches } from '../src/sites/registry';
import { loadEffectiveClassifierSettings } from '../src/user-data/effective-settings';

export default defineBackground(() => {
  // A data version stamp left by a newer RoleLens (a downgrade) makes WXT log on every board page: repair it.
  void repairFutureVersionStamps().catch(() => undefined);
  const service = new ClassifyService(classify, loadEffectiveClassifierSettings, (id) => criterionById(id)?.name);
  const store = new LedgerStore();
  const ledger = new Ledger(service, store, (tabId, postings) => sendMessage('verdictsUpdated', { postings }, tabId));
  ledger.openTabIds = async () => (await browser.tabs.query({})).map((t) => t.id).filter((id): id is number => id !== undefined && id >= 0);
  registerBackgroundHandlers(service, ledger, store, contentScriptMatches());
  // Warm up as soon as the worker starts (a board page's content script wakes it at
  // document_start): the first classify pays for compromise's and the lexicon's set-up.
  setTimeout(() => {
    void service
      .currentSettings()
      .then(({ settings }) => service.classify({ jobId: 'warm-up', kind: 'detail', posting: { title: 'Nurse Manager', description: 'Leads the unit budget and schedules.' } }, settings))
      .catch(() => undefined);
  }, 0);
});
