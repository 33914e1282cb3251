// Thin entrypoint: the classifier runs here (compromise stays out of the content script), and
// per-tab state goes to session storage because the MV3 service worker is stopped when idle.
import { ClassifyService } from '../src/background/classify-service';
import { registerBackgroundHandlers } from '../src/background/handlers';
import { classify } from '../src/classifier';
import { criterionById } from '../src/classifier/criteria';
import { loadEffectiveClassifierSettings } from '../src/user-data/effective-settings';
import { repairFutureVersionStamps } from '../src/storage/version-stamp';
import { contentScriptMatches } from '../src/sites/registry';

export default defineBackground(() => {
  // A data version stamp left by a newer RoleLens (a downgrade) makes WXT log on every board page: repair it.
  void repairFutureVersionStamps().catch(() => undefined);
  const service = new ClassifyService(classify, loadEffectiveClassifierSettings, (id) => criterionById(id)?.name);
  registerBackgroundHandlers(service, contentScriptMatches());
  // Warm up as soon as the worker starts (a board page's content script wakes it at
  // document_start): the first classify pays for compromise's and the lexicon's set-up.
  setTimeout(() => {
    void service
      .classifyReports([{ jobId: 'warm-up', kind: 'detail', posting: { title: 'Nurse Manager', description: 'Leads the unit budget and schedules.' } }])
      .catch(() => undefined);
  }, 0);
});
