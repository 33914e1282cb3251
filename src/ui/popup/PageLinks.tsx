// The popup's way to RoleLens's own pages: the shortlist, the criterion weights, the options.
// Plain links opening a tab: extension pages sit beside popup.html, so relative addresses work.
export function PageLinks() {
  return (
    <nav class="rl-page-links" aria-label="RoleLens pages">
      <a href="/shortlist.html" target="_blank" rel="noopener" data-testid="rl-open-shortlist">
        Your shortlist
      </a>
      <a href="/options.html#weights" target="_blank" rel="noopener" data-testid="rl-open-weights">
        Criterion weights
      </a>
      <a href="/options.html" target="_blank" rel="noopener">
        Options
      </a>
    </nav>
  );
}
