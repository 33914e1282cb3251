// The options page. Every change is saved at once (debounced while a slider moves) and the
// extension's pages watch storage, so open tabs re-render without a reload. A section list beside
// the page links each section by its hash (options.html#weights), and a filter box narrows the
// weights and the training catalogue.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Criterion } from '../../classifier/criteria';
import type { Verdict } from '../../classifier/types';
import {
  addCorrection,
  forgetCorrections,
  loadCorrections,
  restoreCorrections,
  removeCorrection,
  watchCorrections,
} from '../../corrections/store';
import type { Correction, CorrectionLabel } from '../../corrections/types';
import { effectiveCatalogue, type UserCatalogue } from '../../settings/catalogue';
import { effectiveClassifierSettings } from '../../settings/effective';
import { loadUserCatalogue, saveUserCatalogue, watchUserCatalogue } from '../../settings/catalogueStore';
import { dismissNotice, noticesItem, type Notice } from '../../settings/notices';
import { defaultSettings, type Settings } from '../../settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../../settings/store';
import type { TrainingEntry } from '../../training/types';
import { CorrectionsSection } from './CorrectionsSection';
import { CustomCuesSection } from './CustomCuesSection';
import { DisplaySection } from './DisplaySection';
import { NoticesSection } from './NoticesSection';
import { OptionsFilter } from './OptionsFilter';
import { OptionsNav } from './OptionsNav';
import { PreviewSection } from './PreviewSection';
import type { SamplePosting } from './samples';
import { optionsSections, sectionFromHash } from './sections';
import { SitesSection, type AllUrlsPermission, type SiteInfo } from './SitesSection';
import { ThresholdsSection } from './ThresholdsSection';
import { TrainingSection } from './TrainingSection';
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

export function App(props: OptionsDeps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [catalogue, setCatalogue] = useState<UserCatalogue | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [saveState, setSaveState] = useState<'saved' | 'saving' | string>('saved');
  /** The last sweeping action (reset all, forget corrections), undoable until the next one. */
  const [undo, setUndo] = useState<{ message: string; restore: () => void } | null>(null);
  /** JSON of the settings last read from or written to storage: changes from there are not echoed back. */
  const stored = useRef('');
  /** The filter box's text: narrows the weights and the training catalogue. */
  const [query, setQuery] = useState('');
  /** The section in view, marked in the navigation. */
  const [current, setCurrent] = useState<string | null>(null);
  const ready = settings !== null && catalogue !== null;

  useEffect(() => {
    const adopt = (s: Settings) => {
      const json = JSON.stringify(s);
      if (json === stored.current) return;
      stored.current = json;
      setSettings(s);
    };
    void loadSettings().then(adopt);
    void loadCorrections().then(setCorrections);
    void loadUserCatalogue().then(setCatalogue);
    void noticesItem.getValue().then(setNotices);
    const stops = [
      watchSettings(adopt),
      watchCorrections(setCorrections),
      watchUserCatalogue(setCatalogue),
      noticesItem.watch((n) => setNotices(n ?? [])),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);

  useEffect(() => {
    if (!settings) return;
    document.documentElement.dataset.theme = settings.display.theme;
    const json = JSON.stringify(settings);
    if (json === stored.current) return;
    setSaveState('saving');
    const timer = setTimeout(() => {
      stored.current = json;
      saveSettings(settings).then(
        () => setSaveState('saved'),
        (error: unknown) => setSaveState(`Not saved: ${String(error)}`),
      );
    }, props.saveDelayMs ?? 150);
    return () => clearTimeout(timer);
  }, [settings]);

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
  const update = (patch: (s: Settings) => Settings) => setSettings((s) => (s ? patch(s) : s));
  const setClassifier = (patch: Partial<Settings['classifier']>) =>
    update((s) => ({ ...s, classifier: { ...s.classifier, ...patch } }));

  const onCorrect = (jobId: string, verdict: Verdict, label: CorrectionLabel, title: string) => {
    void addCorrection(jobId, verdict, label, { title }).then(() => loadCorrections().then(setCorrections));
  };
  const saveCatalogue = (next: UserCatalogue) => {
    setCatalogue(next);
    void saveUserCatalogue(next).catch((e: unknown) => setSaveState(`Not saved: ${String(e)}`));
  };

  return (
    <main class="rl-options">
      <OptionsNav current={current} />
      <header class="rl-header">
        <h1>RoleLens options</h1>
        <p role="status" data-testid="rl-save-status" data-state={saveState === 'saved' || saveState === 'saving' ? saveState : 'error'}>
          {saveState === 'saved' ? 'All changes saved.' : saveState === 'saving' ? 'Saving…' : saveState}
        </p>
        <button
          type="button"
          data-testid="rl-reset-all"
          onClick={() => {
            const previous = settings;
            update((s) => ({ ...s, classifier: defaults.classifier, display: defaults.display }));
            setUndo({ message: 'Weights, thresholds and display were reset.', restore: () => setSettings(previous) });
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
      <NoticesSection notices={notices} onDismiss={(id) => void dismissNotice(id)} />
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
        onChange={(id, w) => {
          const weights = { ...settings.classifier.weights };
          // Default weights are not stored, so new shipped defaults reach the user.
          if (w === 1) delete weights[id];
          else weights[id] = w;
          setClassifier({ weights });
        }}
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
        onRemove={(jobId) => void removeCorrection(jobId)}
        onForget={() => {
          const previous = corrections;
          setCorrections([]);
          void forgetCorrections();
          setUndo({
            message: `${previous.length} correction${previous.length === 1 ? ' was' : 's were'} forgotten.`,
            restore: () => void restoreCorrections(previous),
          });
        }}
      />
      <CustomCuesSection
        criteria={props.criteria}
        classifier={settings.classifier}
        samples={props.samples}
        onChange={(customCues) => setClassifier({ customCues })}
      />
      <DisplaySection display={settings.display} onChange={(display) => update((s) => ({ ...s, display }))} />
      <SitesSection
        sites={props.sites}
        value={settings.sites}
        permission={props.permission}
        onChange={(next) => update((s) => ({ ...s, sites: next(s.sites) }))}
      />
      <TrainingSection shipped={props.shippedCatalogue} user={catalogue} onChange={saveCatalogue} query={query} />
      <TransferSection knownCriteria={known} />
    </main>
  );
}
