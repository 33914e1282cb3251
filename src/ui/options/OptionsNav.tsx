// The section list beside the options page (above it on a narrow window): one link per section,
// the one in view marked as current, and the way to the shortlist page.
import { optionsSections } from './sections';

export function OptionsNav({ current }: { current: string | null }) {
  return (
    <nav class="rl-nav" aria-label="Options sections" data-testid="rl-options-nav">
      <ul>
        {optionsSections.map((s) => (
          <li key={s.hash}>
            <a href={`#${s.hash}`} aria-current={current === s.hash ? 'true' : undefined} data-testid={`rl-nav-${s.hash}`}>
              {s.title}
            </a>
          </li>
        ))}
        <li class="rl-nav__page">
          <a href="/shortlist.html" data-testid="rl-nav-shortlist">
            Your shortlist
          </a>
        </li>
      </ul>
    </nav>
  );
}
