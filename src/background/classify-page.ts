// One page's batch: classify it, remember its full verdicts for the session, and give each card
// the full verdict of its job if that job was read in full on any page load. The session store
// is an extra: if it fails (quota, no storage.session) the page still gets its own verdicts.
import type { TabPosting } from '../messaging/protocol';
import type { ClassifyService } from './classify-service';
import { lookupFullVerdicts, rememberFullVerdicts } from './full-verdict-store';
import { fullVerdictsToRemember, withEarlierFullVerdicts } from './full-verdicts';
import { jobScope } from './job-scope';

export async function classifyPageBatch(
  service: ClassifyService,
  page: { siteId: string | null; url: string },
  reports: unknown[],
  now = Date.now(),
): Promise<TabPosting[]> {
  const { results, settingsKey } = await service.classifyBatch(reports);
  const scope = jobScope(page.siteId, page.url);
  if (!scope || !results.length) return results;
  try {
    await rememberFullVerdicts(settingsKey, fullVerdictsToRemember(scope, results, now));
    const cardJobs = results.filter((r) => r.kind === 'card').map((r) => r.jobId);
    return withEarlierFullVerdicts(results, await lookupFullVerdicts(settingsKey, scope, cardJobs));
  } catch {
    return results;
  }
}
