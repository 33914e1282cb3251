// The options page. Every change is saved at once (debounced while a slider moves) and the
// extension's pages watch storage, so open tabs re-render without a reload.
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
import type { UserCatalogue } from '../../settings/catalogue';
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
import { PreviewSection } from './PreviewSection';
import type { SamplePosting } from './samples';
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
      <PreviewSection
        criteria={props.criteria}
        effective={effective}
        minConfidence={settings.display.minConfidence}
        onCorrect={onCorrect}
      />
      <WeightsSection
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
      <TrainingSection shipped={props.shippedCatalogue} user={catalogue} onChange={saveCatalogue} />
      <TransferSection knownCriteria={known} />
    </main>
  );
}
