// Enable or disable each job board; "any page with JobPosting data" needs the optional host
// permission, which is asked for at that moment (a user gesture) and explained first.
import { useState } from 'preact/hooks';
import type { SiteSettings } from '../../settings/schema';
import { Section } from './Section';

export interface SiteInfo {
  id: string;
  name: string;
}

/** Asks for / gives back the `<all_urls>` permission; injected so tests need no real browser. */
export interface AllUrlsPermission {
  request(): Promise<boolean>;
  remove(): Promise<void>;
}

export function SitesSection(props: {
  sites: readonly SiteInfo[];
  value: SiteSettings;
  /** Takes an updater: the permission answer arrives later, when other boxes may have changed. */
  onChange: (update: (previous: SiteSettings) => SiteSettings) => void;
  permission: AllUrlsPermission;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const v = props.value;

  const toggleAnyPage = (on: boolean) => {
    if (!on) {
      props.onChange((prev) => ({ ...prev, anyJobPostingPage: false }));
      setMessage(null);
      void props.permission.remove().catch(() => undefined);
      return;
    }
    // request() must run inside the click, before any await, or the browser refuses it.
    props.permission.request().then(
      (granted) => {
        props.onChange((prev) => ({ ...prev, anyJobPostingPage: granted }));
        setMessage(granted ? null : 'Permission was not given, so this stays off.');
      },
      (error: unknown) => {
        props.onChange((prev) => ({ ...prev, anyJobPostingPage: false }));
        setMessage(`The browser refused the request: ${String(error)}`);
      },
    );
  };

  return (
    <Section id="rl-sites" title="Sites">
      <ul class="rl-list">
        {props.sites.map((s) => (
          <li key={s.id}>
            <label>
              <input
                type="checkbox"
                data-testid={`rl-site-${s.id}`}
                checked={v.enabled[s.id] !== false}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  props.onChange((prev) => ({ ...prev, enabled: { ...prev.enabled, [s.id]: on } }));
                }}
              />
              {s.name}
            </label>
          </li>
        ))}
      </ul>
      <div class="rl-field">
        <label>
          <input
            type="checkbox"
            data-testid="rl-site-any-page"
            aria-describedby="any-page-help"
            checked={v.anyJobPostingPage}
            onChange={(e) => toggleAnyPage((e.currentTarget as HTMLInputElement).checked)}
          />
          Any page with JobPosting data
        </label>
        <p id="any-page-help" class="rl-help">
          Many employers’ career pages describe each job with structured “JobPosting” data. To read it on any
          site, RoleLens needs your permission to read pages on all sites; your browser will ask. RoleLens still
          reads only job postings, sends nothing anywhere, and you can turn this off at any time.
        </p>
        {message && (
          <p role="status" class="rl-warning" data-testid="rl-site-any-page-message">
            {message}
          </p>
        )}
      </div>
    </Section>
  );
}
