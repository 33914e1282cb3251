// Which of a built extension's manifest content scripts would run on a URL. A test that checks
// that nothing happens on a page where no script may run asserts this (and that no script is
// registered at run time) instead of waiting a fixed time for nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MatchPattern } from 'wxt/utils/match-patterns';

export function manifestScriptsMatching(extensionDir: string, url: string): string[][] {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[]; js?: string[] }[];
  };
  return (manifest.content_scripts ?? [])
    .filter((script) => (script.matches ?? []).some((pattern) => new MatchPattern(pattern).includes(url)))
    .map((script) => script.js ?? []);
}
