// Settings validation: turns any stored or imported value into Settings, or says what is wrong.
// Missing fields take their defaults (a hand-trimmed file is fine); wrong types are refused.
import type { ClassifierSettings, CustomCue, Label } from '../classifier/types';
import { customCueProblem } from './customCues';
import {
  BALANCED_BAND_MAX,
  BALANCED_BAND_MIN,
  CUES_MAX,
  MIN_CONFIDENCE_MAX,
  MIN_CONFIDENCE_MIN,
  WEIGHT_MAX,
  WEIGHT_MIN,
} from './limits';
import { defaultSettings, type DisplaySettings, type Settings, type SiteSettings } from './schema';
import { IssueList, type Validated } from '../storage/validation';

const LABELS: readonly Label[] = ['management', 'administration', 'balanced', 'not_applicable'];

/**
 * `knownCriteria`, when given (imports do), refuses weights and cues for criteria this version of
 * RoleLens does not have, instead of letting the classifier ignore them silently.
 */
export function validateSettings(
  raw: unknown,
  path = 'settings',
  knownCriteria?: readonly string[],
): Validated<Settings> {
  const issues = new IssueList();
  const defaults = defaultSettings();
  const root = issues.record(raw, path);
  if (!root) return { ok: false, issues: issues.issues };

  const classifier = checkClassifier(root.classifier ?? defaults.classifier, `${path}.classifier`, issues, knownCriteria);
  const display = checkDisplay(root.display ?? defaults.display, `${path}.display`, issues, defaults.display);
  const sites = checkSites(root.sites ?? defaults.sites, `${path}.sites`, issues);
  if (!issues.ok || !classifier || !display || !sites) return { ok: false, issues: issues.issues };
  return { ok: true, value: { classifier, display, sites } };
}

function checkClassifier(
  raw: unknown,
  path: string,
  issues: IssueList,
  knownCriteria?: readonly string[],
): ClassifierSettings | undefined {
  const obj = issues.record(raw, path);
  if (!obj) return undefined;
  const defaults = defaultSettings().classifier;
  const weights: Record<string, number> = {};
  const rawWeights = issues.record(obj.weights ?? {}, `${path}.weights`);
  for (const [id, w] of Object.entries(rawWeights ?? {})) {
    if (knownCriteria && !knownCriteria.includes(id)) {
      issues.add(`${path}.weights.${id}`, 'is not a criterion RoleLens knows');
      continue;
    }
    const n = issues.number(w, `${path}.weights.${id}`, WEIGHT_MIN, WEIGHT_MAX);
    if (n !== undefined) weights[id] = n;
  }
  const balancedBand = issues.number(
    obj.balancedBand ?? defaults.balancedBand,
    `${path}.balancedBand`,
    BALANCED_BAND_MIN,
    BALANCED_BAND_MAX,
  );
  const customCues = checkCues(obj.customCues ?? [], `${path}.customCues`, issues, knownCriteria);
  if (balancedBand === undefined || !customCues || !rawWeights) return undefined;
  return { weights, balancedBand, customCues };
}

function checkCues(
  raw: unknown,
  path: string,
  issues: IssueList,
  knownCriteria?: readonly string[],
): CustomCue[] | undefined {
  const list = issues.array(raw, path);
  if (!list) return undefined;
  if (list.length > CUES_MAX) issues.add(path, `must hold at most ${CUES_MAX} cues, got ${list.length}`);
  const cues: CustomCue[] = [];
  list.forEach((item, i) => {
    const p = `${path}[${i}]`;
    const obj = issues.record(item, p);
    if (!obj) return;
    const phrase = issues.string(obj.phrase, `${p}.phrase`);
    const criterionId = issues.string(obj.criterionId, `${p}.criterionId`, 100);
    const weight = issues.number(obj.weight, `${p}.weight`, -Infinity, Infinity);
    if (phrase === undefined || criterionId === undefined || weight === undefined) return;
    const cue = { phrase, criterionId, weight };
    const problem = customCueProblem(cue, cues, knownCriteria);
    if (problem) issues.add(p, problem);
    else cues.push(cue);
  });
  return cues;
}

function checkDisplay(
  raw: unknown,
  path: string,
  issues: IssueList,
  defaults: DisplaySettings,
): DisplaySettings | undefined {
  const obj = issues.record(raw, path);
  if (!obj) return undefined;
  const badgeStyle = issues.oneOf(obj.badgeStyle ?? defaults.badgeStyle, `${path}.badgeStyle`, [
    'compact',
    'full',
  ] as const);
  const notApplicable = issues.oneOf(obj.notApplicable ?? defaults.notApplicable, `${path}.notApplicable`, [
    'show',
    'dim',
    'hide',
  ] as const);
  const minConfidence = issues.number(
    obj.minConfidence ?? defaults.minConfidence,
    `${path}.minConfidence`,
    MIN_CONFIDENCE_MIN,
    MIN_CONFIDENCE_MAX,
  );
  const theme = issues.oneOf(obj.theme ?? defaults.theme, `${path}.theme`, ['auto', 'light', 'dark'] as const);
  const filterObj = issues.record(obj.tagFilter ?? defaults.tagFilter, `${path}.tagFilter`);
  const mode = filterObj
    ? issues.oneOf(filterObj.mode ?? 'off', `${path}.tagFilter.mode`, ['off', 'dim', 'hide'] as const)
    : undefined;
  const label =
    filterObj && filterObj.label != null ? issues.oneOf(filterObj.label, `${path}.tagFilter.label`, LABELS) : null;
  if (!badgeStyle || !notApplicable || minConfidence === undefined || !theme || !mode || label === undefined)
    return undefined;
  return { badgeStyle, notApplicable, tagFilter: { mode, label }, minConfidence, theme };
}

function checkSites(raw: unknown, path: string, issues: IssueList): SiteSettings | undefined {
  const obj = issues.record(raw, path);
  if (!obj) return undefined;
  const enabled: Record<string, boolean> = {};
  const rawEnabled = issues.record(obj.enabled ?? {}, `${path}.enabled`);
  for (const [id, on] of Object.entries(rawEnabled ?? {})) {
    const b = issues.boolean(on, `${path}.enabled.${id}`);
    if (b !== undefined) enabled[id] = b;
  }
  const anyJobPostingPage = issues.boolean(obj.anyJobPostingPage ?? false, `${path}.anyJobPostingPage`);
  if (!rawEnabled || anyJobPostingPage === undefined) return undefined;
  return { enabled, anyJobPostingPage };
}
