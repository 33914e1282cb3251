// The popup: finds which tab (and posting) to explain, follows that tab's state, and shows one
// posting, the page's list, or why there is nothing to explain (with the unsupported-page offer).
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Posting, Verdict } from '../../classifier/types';
import type { TabPosting } from '../../shared/protocol';
import type { PopupApi, PopupTarget, TabState, TagFilter, TrainingContext } from './api';
import { savedJobKey } from '../../shortlist/key';
import { ListView } from './ListView';
import { PageLinks } from './PageLinks';
import { UnsupportedView } from './UnsupportedView';
import { VerdictView } from './VerdictView';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Postings the page badged whose explanation is not at hand, and why: never "no posting". */
function unavailableText(state: TabState): string | null {
  const u = state.unavailable;
  return u ? `RoleLens badged ${plural(u.count, 'posting', 'postings')} on this page but cannot show why here: ${u.reason}. Reload the page to read ${u.count === 1 ? 'it' : 'them'} again.` : null;
}

/** Why a tab shows no posting, when RoleLens knows (null: it has nothing for the tab). */
function emptyReason(state: TabState | null): { heading: string; text: string; busy?: boolean } | null {
  if (!state) return null;
  const unavailable = unavailableText(state);
  if (unavailable) return { heading: 'Explanations not at hand', text: unavailable };
  switch (state.scan?.outcome) {
    case 'wall':
      return { heading: 'This page is a check or a sign-in wall', text: 'RoleLens leaves bot checks and sign-in walls alone. Once the page shows postings, open RoleLens again.' };
    case 'empty':
      return { heading: 'No job posting on this page', text: 'RoleLens reads this board, but found no posting on this page.' };
    case 'off':
      return { heading: 'RoleLens is off for this board', text: 'You turned this board off in RoleLens’s options; turn it on there to see tags here.' };
    default:
      return { heading: 'Reading this page…', text: 'RoleLens is reading the postings on this page.', busy: true };
  }
}

interface LocalResult {
  posting: Posting;
  verdict: Verdict;
  source: 'page' | 'paste';
}

export function PopupApp({ api }: { api: PopupApi }) {
  const [target, setTarget] = useState<PopupTarget | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [training, setTraining] = useState<TrainingContext | null>(null);
  const [filter, setFilter] = useState<TagFilter | null>(null);
  const [selectedJob, setSelectedJob] = useState<string | null>(null);
  const [local, setLocal] = useState<LocalResult | null>(null);
  const [error, setError] = useState('');
  const [savedKeys, setSavedKeys] = useState<ReadonlySet<string>>(new Set());

  // A layout effect runs right after the first render; a plain effect would wait for the next
  // frame, and reading the tab's state is the popup's critical path.
  useLayoutEffect(() => {
    let cancelled = false;
    const stopWatching: (() => void)[] = [];
    void (async () => {
      try {
        const t = await api.resolveTarget();
        if (cancelled) return;
        setTarget(t);
        setSelectedJob(t.jobId);
        if (t.tabId === null) return setLoaded(true);
        // One way to the tab's state: now, and live (a re-tag, a switched detail pane, a job read
        // in full in another tab, the page's first scan) without reopening.
        stopWatching.push(
          api.watchTab(t.tabId, (next) => {
            if (cancelled) return;
            setState(next);
            setLoaded(true);
          }),
        );
      } catch (e) {
        if (!cancelled) {
          setError(e instanceof Error ? e.message : String(e));
          setLoaded(true);
        }
      }
    })();
    // Training and the filter are not needed for the first paint.
    api.loadTraining().then((t) => !cancelled && setTraining(t)).catch(() => !cancelled && setTraining({ catalogue: [], held: [] }));
    api.loadTagFilter().then((f) => !cancelled && setFilter(f)).catch(() => undefined);
    if (api.watchSavedKeys) stopWatching.push(api.watchSavedKeys((keys) => !cancelled && setSavedKeys(keys)));
    return () => {
      cancelled = true;
      stopWatching.forEach((stop) => stop());
    };
  }, [api]);

  // A mark for the popup benchmark (scripts/bench-page.mjs): when the answer was first on screen.
  useEffect(() => {
    if (loaded) performance.mark('rolelens:answer-shown');
  }, [loaded]);

  if (!loaded) return <p class="rl-loading" aria-busy="true">Reading…</p>;

  const tabId = target?.tabId ?? null;
  const postings = state?.postings ?? [];

  if (local) {
    return (
      <main class="rl-popup">
        <button type="button" class="rl-link-button rl-back" onClick={() => setLocal(null)}>
          ← Back
        </button>
        <p class="rl-note">
          {local.source === 'page' ? 'Read from this page once, and classified here.' : 'Your pasted posting, classified here.'}
        </p>
        <VerdictView posting={local.posting} verdict={local.verdict} training={training} />
      </main>
    );
  }

  if (postings.length === 0) {
    return (
      <main class="rl-popup">
        {error && <p class="rl-error" role="alert">{error}</p>}
        <UnsupportedView
          why={emptyReason(state) ?? undefined}
          canReadPage={tabId !== null}
          onReadPage={async () => {
            if (tabId === null) return;
            let posting: Posting | null;
            try {
              posting = await api.readPage(tabId);
            } catch (e) {
              const reason = e instanceof Error ? e.message : String(e);
              throw new Error(`RoleLens may not read this page. Open the RoleLens button on the page itself to allow it once, or paste the posting below. (${reason})`);
            }
            if (!posting || (!posting.title && !posting.description)) {
              throw new Error('RoleLens found no text to read on this page. Paste the posting below instead.');
            }
            setLocal({ posting, verdict: await api.classifyLocally(posting), source: 'page' });
          }}
          onPaste={async (posting) => setLocal({ posting, verdict: await api.classifyLocally(posting), source: 'paste' })}
        />
        <PageLinks />
      </main>
    );
  }

  const shownId = selectedJob ?? state?.detailJobId ?? (postings.length === 1 ? postings[0]!.jobId : null);
  const shown: TabPosting | undefined = postings.find((p) => p.jobId === shownId);
  const others = postings.filter((p) => p !== shown);
  const shownKey = shown && state ? savedJobKey(state.siteId, state.url, shown.jobId) : null;
  const save =
    shown && shownKey && tabId !== null && api.setSaved
      ? {
          saved: savedKeys.has(shownKey),
          onToggle: (saved: boolean) => api.setSaved!(tabId, shown.jobId, saved),
        }
      : undefined;
  const changeFilter = (f: TagFilter) => {
    setFilter(f);
    void api.saveTagFilter(f).catch((e) => setError(`Could not save the filter: ${e instanceof Error ? e.message : String(e)}`));
  };
  const list = (
    <ListView
      headingLevel={shown ? 2 : 1}
      postings={postings}
      filter={filter}
      onFilterChange={changeFilter}
      onScrollTo={(jobId) => {
        if (tabId === null) return;
        setError('');
        void api
          .scrollToPosting(tabId, jobId)
          .catch(() => false)
          .then((found) => found || setError('That posting is no longer on the page. Reload the page to update the list.'));
      }}
      onExplain={(jobId) => {
        setSelectedJob(jobId);
        window.scrollTo(0, 0);
      }}
    />
  );

  const unavailable = state ? unavailableText(state) : null;
  return (
    <main class="rl-popup">
      {error && <p class="rl-error" role="alert">{error}</p>}
      {unavailable && (
        <p class="rl-note" data-testid="rl-unavailable">
          {unavailable}
        </p>
      )}
      {shown ? (
        <>
          {selectedJob && selectedJob !== state?.detailJobId && others.length > 0 && (
            <button type="button" class="rl-link-button rl-back" onClick={() => setSelectedJob(null)}>
              ← All postings on this page
            </button>
          )}
          <VerdictView
            posting={shown.posting}
            verdict={shown.verdict}
            training={training}
            readEarlier={shown.readInFullEarlier === true}
            save={save}
            onHighlight={
              tabId === null
                ? undefined
                : async (item) => {
                    // A card was judged from its title: the page can show the card, not a sentence.
                    if (shown.kind === 'card') return (await api.scrollToPosting(tabId, shown.jobId)) ? 'scrolled' : 'missing';
                    const found = await api.highlightEvidence(tabId, { jobId: shown.jobId, sentence: item.sentence, cue: item.cue });
                    return found ? 'highlighted' : 'missing';
                  }
            }
            onCorrect={
              api.addCorrection
                ? (label) => api.addCorrection!(shown.jobId, shown.verdict, label, shown.posting.title, shown.evidenceOmitted)
                : undefined
            }
          />
          {others.length > 0 && (
            <details class="rl-details rl-section">
              <summary>All {postings.length} postings on this page</summary>
              {list}
            </details>
          )}
        </>
      ) : (
        list
      )}
      <PageLinks />
    </main>
  );
}
