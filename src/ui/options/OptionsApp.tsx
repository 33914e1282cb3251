// The options page. Every change is saved at once (debounced while a slider moves) and the
// extension's pages watch storage, so open tabs re-render without a reload. The save status says
// what really happened: "All changes saved." only once every edit is stored. A section list beside
// the page links each section by its hash (options.html#weights), and a filter box narrows the
// weights and the training catalogue.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Criterion } from '../../classifier/criteria';
import type { Verdict } from '../../classifier/types';
import { addCorrection, correctionsItem, forgetCorrections, removeCorrection, restoreCorrections } from '../../corrections/store';
import type { Correction, CorrectionLabel } from '../../corrections/types';
import { effectiveCatalogue } from '../../training/user-catalogue';
import { userCatalogueItem } from '../../training/user-catalogue-store';
import { defaultSettings, type Settings } from '../../settings/schema';
import { settingsItem } from '../../settings/store';
import type { SaveStatus } from '../../storage/edit-session';
import { dismissNotice, noticesItem, type Notice } from '../../storage/notices';
import { effectiveClassifierSettings } from '../../user-data/effective-settings';
import { useEditSession } from '../shared/use-edit-session';
import type { TrainingEntry } from '../../training/types';
import { CorrectionsSection } from './CorrectionsSection';
import { CustomCuesSection } from './CustomCuesSection';
import { DisplaySection } from './DisplaySection';
import { NoticesSection } from './NoticesSection';
import { OptionsFilter } from './OptionsFilter';
import { OptionsNav } from './OptionsNav';
import { PreviewSection } from './PreviewSection';
import type { SamplePosting } from './samples';
import { SitesSection, type AllUrlsPermission, type SiteInfo } from './SitesSection';
import { optionsSections, sectionFromHash } from './sections';
import { ThresholdsSection } from './ThresholdsSection';
import { TrainingCatalogueSection } from './TrainingCatalogueSection';
import { TransferSection } from './TransferSection';
import { WeightsSection } from './WeightsSection';

export interface OptionsDeps {
  criteria: readonly Criterion[];
  shippedCatalogue: readonly TrainingEntry[];
  sites: readonly SiteInfo[];
  samples: readonly SamplePosting[];
  permission: AllUrlsPermission;
  /** How long slider moves are gathered before one save. */
  saveDelayMs?: number;
}

/** One line for the page's save status: an error first, then any save still running. */
function statusLine(statuses: readonly SaveStatus[], actionError: string | null): { state: 'saved' | 'saving' | 'error'; text: string } {
  const failed = statuses.find((s): s is Extract<SaveStatus, { state: 'error' }> => s.state === 'error');
  if (failed) return { state: 'error', text: failed.message };
  if (actionError) return { state: 'error', text: actionError };
  if (statuses.some((s) => s.state === 'saving')) return { state: 'saving', text: 'Saving…' };
  return { state: 'saved', text: 'All changes saved.' };
}

export function OptionsApp(props: OptionsDeps) {
  // Settings and the catalogue are edited here: edits are kept until stored and laid over any
  // change made elsewhere meanwhile (src/storage/edit-session.ts), so none is ever lost.
  const settingsEdits = useEditSession(settingsItem, props.saveDelayMs ?? 150);
  const catalogueEdits = useEditSession(userCatalogueItem, 0);
  const settings = settingsEdits.value;
  const catalogue = catalogueEdits.value;
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [notices, setNotices] = useState<Notice[]>([]);
  /** A one-off write that failed (a correction, a notice dismissed). */
  const [actionError, setActionError] = useState<string | null>(null);
  /** The last sweeping action (reset all, forget corrections), undoable until the next one. */
  const [undo, setUndo] = useState<{ message: string; restore: () => void } | null>(null);
  /** The filter box's text: narrows the weights and the training catalogue. */
  const [query, setQuery] = useState('');
  /** The section in view, marked in the navigation. */
  const [current, setCurrent] = useState<string | null>(null);
  const ready = settings !== null && catalogue !== null;

  useEffect(() => {
    const stops = [correctionsItem.watch(setCorrections, { now: true }), noticesItem.watch(setNotices, { now: true })];
    return () => stops.forEach((stop) => stop());
  }, []);

  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.display.theme;
  }, [settings?.display.theme]);

  // The page renders after storage answers, too late for the browser's own jump to #weights:
  // bring the hash's section into view once the sections exist, and follow later hash changes.
  useEffect(() => {
    if (!ready) return;
    const show = (focus: boolean) => {
      const hash = sectionFromHash(location.hash);
      const section = hash ? document.getElementById(hash) : null;
      if (!section) return;
      section.scrollIntoView();
      if (focus) section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
      setCurrent(hash);
    };
    show(true);
    const onHash = () => show(false);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [ready]);

  // Marks the section at the top of the window as current while the user scrolls.
  useEffect(() => {
    if (!ready || typeof IntersectionObserver === 'undefined') return;
    const visible = new Map<string, boolean>();
    const observer = new IntersectionObserver(
      (changes) => {
        for (const change of changes) visible.set(change.target.id, change.isIntersecting);
        const first = optionsSections.find((s) => visible.get(s.hash));
        if (first) setCurrent(first.hash);
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    for (const s of optionsSections) {
      const element = document.getElementById(s.hash);
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
  }, [ready]);

  const known = useMemo(() => props.criteria.map((c) => c.id), [props.criteria]);
  const effective = useMemo(
    () => (settings ? effectiveClassifierSettings(settings, corrections, known) : null),
    [settings, corrections, known],
  );

  if (!settings || !catalogue || !effective) return <p>Loading…</p>;
  const defaults = defaultSettings();
  /** Every change is made from the latest value, never from the one this render saw. */
  const update = settingsEdits.edit;
  const setClassifier = (patch: Partial<Settings['classifier']>) =>
    update((s) => ({ ...s, classifier: { ...s.classifier, ...patch } }));
  const attempt = (write: Promise<unknown>) => {
    setActionError(null);
    void write.catch((e: unknown) => setActionError(`Not saved: ${e instanceof Error ? e.message : String(e)}`));
  };

  const onCorrect = (jobId: string, verdict: Verdict, label: CorrectionLabel, title: string) => {
    attempt(addCorrection(jobId, verdict, label, settings.classifier.weights, { title }));
  };
  const status = statusLine([settingsEdits.status, catalogueEdits.status], actionError);

  return (
    <main class="rl-options">
      <OptionsNav current={current} />
      <header class="rl-header">
        <h1>RoleLens options</h1>
        <p role="status" data-testid="rl-save-status" data-state={status.state}>
          {status.text}
        </p>
        <button
          type="button"
          data-testid="rl-reset-all"
          onClick={() => {
            const previous = settings;
            update((s) => ({ ...s, classifier: defaults.classifier, display: defaults.display }));
            setUndo({ message: 'Weights, thresholds and display were reset.', restore: () => update(() => previous) });
          }}
        >
          Reset all weights, thresholds and display to defaults
        </button>
      </header>
      {undo && (
        <div class="rl-undo" role="status" data-testid="rl-undo">
          <span>{undo.message}</span>
          <button
            type="button"
            data-testid="rl-undo-button"
            onClick={() => {
              undo.restore();
              setUndo(null);
            }}
          >
            Undo
          </button>
        </div>
      )}
      <NoticesSection notices={notices} onDismiss={(id) => attempt(dismissNotice(id))} />
      <OptionsFilter
        query={query}
        onChange={setQuery}
        criteria={props.criteria}
        entries={effectiveCatalogue(props.shippedCatalogue, catalogue)}
      />
      <PreviewSection
        criteria={props.criteria}
        effective={effective}
        minConfidence={settings.display.minConfidence}
        onCorrect={onCorrect}
      />
      <WeightsSection
        query={query}
        criteria={props.criteria}
        weights={settings.classifier.weights}
        onChange={(id, w) =>
          update((s) => {
            const weights = { ...s.classifier.weights };
            // Default weights are not stored, so new shipped defaults reach the user.
            if (w === 1) delete weights[id];
            else weights[id] = w;
            return { ...s, classifier: { ...s.classifier, weights } };
          })
        }
      />
      <ThresholdsSection
        balancedBand={settings.classifier.balancedBand}
        defaultBalancedBand={defaults.classifier.balancedBand}
        minConfidence={settings.display.minConfidence}
        defaultMinConfidence={defaults.display.minConfidence}
        onBalancedBand={(balancedBand) => setClassifier({ balancedBand })}
        onMinConfidence={(minConfidence) => update((s) => ({ ...s, display: { ...s.display, minConfidence } }))}
      />
      <CorrectionsSection
        criteria={props.criteria}
        corrections={corrections}
        userWeights={settings.classifier.weights}
        onRemove={(jobId) => attempt(removeCorrection(jobId))}
        onForget={() => {
          const previous = corrections;
          setCorrections([]);
          attempt(forgetCorrections());
          setUndo({
            message: `${previous.length} correction${previous.length === 1 ? ' was' : 's were'} forgotten.`,
            restore: () => attempt(restoreCorrections(previous)),
          });
        }}
      />
      <CustomCuesSection
        criteria={props.criteria}
        classifier={settings.classifier}
        samples={props.samples}
        onChange={(customCues) => setClassifier({ customCues })}
      />
      <DisplaySection display={settings.display} onChange={(patch) => update((s) => ({ ...s, display: { ...s.display, ...patch } }))} />
      <SitesSection
        sites={props.sites}
        value={settings.sites}
        permission={props.permission}
        onChange={(next) => update((s) => ({ ...s, sites: next(s.sites) }))}
      />
      <TrainingCatalogueSection shipped={props.shippedCatalogue} user={catalogue} onChange={catalogueEdits.edit} query={query} />
      <TransferSection known={{ criteria: known, sites: props.sites.map((s) => s.id), trainingIds: props.shippedCatalogue.map((e) => e.id) }} />
    </main>
  );
}
