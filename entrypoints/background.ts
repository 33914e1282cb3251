// Thin entrypoint: the classifier runs here (compromise stays out of the content script), and
// per-tab state goes to session storage because the MV3 service worker is stopped when idle.
import { ClassifyService } from '../src/background/classify-service';
import { registerBackgroundHandlers } from '../src/background/handlers';
import { classify } from '../src/classifier';
import { criterionById } from '../src/classifier/criteria';
import { loadEffectiveClassifierSettings } from '../src/settings/effective';
import { contentScriptMatches } from '../src/sites/registry';

export default defineBackground(() => {
  registerBackgroundHandlers(
    new ClassifyService(classify, loadEffectiveClassifierSettings, (id) => criterionById(id)?.name),
    contentScriptMatches(),
  );
});
