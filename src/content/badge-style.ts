// The badge's stylesheet, scoped to its shadow root. Light and dark follow prefers-color-scheme.
export const BADGE_CSS = `
:host { all: initial; display: inline-block; position: relative; vertical-align: middle;
  margin: 0 0.4em; font: 600 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
:host([hidden]) { display: none; }
button { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 0.3em;
  padding: 0.15em 0.55em; border-radius: 999px; border: 1px solid var(--fg); color: var(--fg);
  background: var(--bg); cursor: pointer; white-space: nowrap; font: inherit; }
button:focus-visible { outline: 2px solid var(--fg); outline-offset: 2px; }
.badge[data-mode="title"] button { border-style: dashed; }
/* Dimmed (not applicable, "dim" in options): quieter, never fainter, so the words keep their contrast. */
.badge[data-muted] button { font-weight: 400; border-style: dotted; }
.icon { display: inline-flex; }
[role="tooltip"] { display: none; position: absolute; z-index: 2147483647; top: calc(100% + 4px); left: 0;
  min-width: 16em; max-width: 26em; padding: 0.5em 0.7em; border-radius: 6px; white-space: normal;
  font-weight: 400; background: var(--tip-bg); color: var(--tip-fg); box-shadow: 0 2px 8px rgb(0 0 0 / 0.3); }
:host(:hover) [role="tooltip"], button:focus-visible + [role="tooltip"] { display: block; }
[role="tooltip"] p { margin: 0 0 0.3em; }
button.save { margin-left: 0.25em; padding: 0.15em 0.45em; }
button.save[hidden] { display: none; }
button.save[aria-pressed="true"] { background: var(--fg); color: var(--bg); }
.save-status:empty { display: none; }
.save-status { position: absolute; z-index: 2147483647; bottom: calc(100% + 4px); left: 0; padding: 0.3em 0.6em;
  border-radius: 6px; white-space: nowrap; font-weight: 400; background: var(--tip-bg); color: var(--tip-fg); }
:host { --tip-bg: #1f2328; --tip-fg: #f6f8fa; }
.badge[data-label="management"] { --fg: #0b4f8a; --bg: #e3f0fc; }
.badge[data-label="administration"] { --fg: #6b3a00; --bg: #fdefd9; }
.badge[data-label="balanced"] { --fg: #4a2a80; --bg: #efe7fb; }
.badge[data-label="not_applicable"], .badge[data-unsure] { --fg: #4b5259; --bg: #eef0f2; }
@media (prefers-color-scheme: dark) {
  :host { --tip-bg: #f6f8fa; --tip-fg: #1f2328; }
  .badge[data-label="management"] { --fg: #9ccdfa; --bg: #0d2a45; }
  .badge[data-label="administration"] { --fg: #f7c07a; --bg: #3d2500; }
  .badge[data-label="balanced"] { --fg: #cdb6f5; --bg: #2b1b4a; }
  .badge[data-label="not_applicable"], .badge[data-unsure] { --fg: #c2c8ce; --bg: #2a2f35; }
}
`;
